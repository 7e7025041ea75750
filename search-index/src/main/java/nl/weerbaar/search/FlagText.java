package nl.weerbaar.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.catalog.Herkenning;
import nl.weerbaar.catalog.PhraseSyntax;
import org.apache.lucene.analysis.Analyzer;

/**
 * How the signal detector reads a text and its phrases: the light flag analysis ({@link
 * DutchAnalysis#flagAnalyzer()}), then the catalogue's shorthand rules (afkortingen: "lln =>
 * leerlingen", "mn => mijn"), so that phrases can be written in full words. Also knows the pupil
 * words (leerlingwoorden) behind the placeholder {@code <leerling>}. Immutable and thread-safe.
 */
final class FlagText {
    private final Analyzer analyzer = DutchAnalysis.flagAnalyzer();
    private final Map<String, List<String>> shorthand = new HashMap<>();
    private final Set<String> pupilWords = new HashSet<>();

    FlagText(Herkenning herkenning) {
        for (String rule : herkenning.afkortingen()) {
            PhraseSyntax.afkorting(rule).ifPresent(a -> {
                List<String> full = DutchAnalysis.terms(analyzer, a.voluit());
                for (String kort : a.kort()) {
                    List<String> shortTokens = DutchAnalysis.terms(analyzer, kort);
                    if (shortTokens.size() == 1 && !full.isEmpty()) {
                        shorthand.putIfAbsent(shortTokens.get(0), List.copyOf(full));
                    }
                }
            });
        }
        for (String word : herkenning.leerlingwoorden()) {
            pupilWords.addAll(tokens(word));
        }
    }

    /** The analysed tokens of a text, shorthand written out. */
    List<String> tokens(String text) {
        List<String> analysed = DutchAnalysis.terms(analyzer, text);
        if (shorthand.isEmpty()) {
            return analysed;
        }
        List<String> out = new ArrayList<>(analysed.size() + 8);
        for (String token : analysed) {
            List<String> full = shorthand.get(token);
            if (full == null) {
                out.add(token);
            } else {
                out.addAll(full);
            }
        }
        return out;
    }

    boolean isPupilWord(String token) {
        return pupilWords.contains(token);
    }

    boolean mentionsPupil(List<String> tokens) {
        for (String t : tokens) {
            if (pupilWords.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
