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
 * DutchAnalysis#flagAnalyzerKeepingSurface()}: lower-case, apostrophe, accent folding, Dutch stem,
 * and the unstemmed form kept next to it), then the catalogue's shorthand rules (afkortingen: "lln
 * => leerlingen", "mn => mijn"), so that phrases can be written in full words. Also knows the pupil
 * words (leerlingwoorden) behind the placeholder {@code <leerling>}. Immutable and thread-safe.
 */
final class FlagText {
    /** The analysed text: per token its stem and its unstemmed form. */
    record Tokens(List<String> stems, List<String> forms) {
        static final Tokens EMPTY = new Tokens(List.of(), List.of());

        int size() {
            return stems.size();
        }

        boolean isEmpty() {
            return stems.isEmpty();
        }
    }

    private record Expansion(List<String> stems, List<String> forms) {}

    private final Analyzer analyzer = DutchAnalysis.flagAnalyzerKeepingSurface();
    private final Map<String, Expansion> shorthand = new HashMap<>();
    private final Set<String> pupilWords = new HashSet<>();

    FlagText(Herkenning herkenning) {
        for (String rule : herkenning.afkortingen()) {
            PhraseSyntax.afkorting(rule).ifPresent(a -> {
                Tokens full = analyse(a.voluit());
                for (String kort : a.kort()) {
                    Tokens shortTokens = analyse(kort);
                    if (shortTokens.size() == 1 && !full.isEmpty()) {
                        shorthand.putIfAbsent(
                                shortTokens.forms().get(0),
                                new Expansion(List.copyOf(full.stems()), List.copyOf(full.forms())));
                    }
                }
            });
        }
        for (String word : herkenning.leerlingwoorden()) {
            pupilWords.addAll(tokens(word).stems());
        }
    }

    /** The analysed tokens of a text, shorthand written out. */
    Tokens tokens(String text) {
        Tokens analysed = analyse(text);
        if (shorthand.isEmpty()) {
            return analysed;
        }
        List<String> stems = new ArrayList<>(analysed.size() + 8);
        List<String> forms = new ArrayList<>(analysed.size() + 8);
        for (int i = 0; i < analysed.size(); i++) {
            Expansion full = shorthand.get(analysed.forms().get(i));
            if (full == null) {
                stems.add(analysed.stems().get(i));
                forms.add(analysed.forms().get(i));
            } else {
                stems.addAll(full.stems());
                forms.addAll(full.forms());
            }
        }
        return new Tokens(stems, forms);
    }

    /** Pairs of terms from the KeywordRepeatFilter: the unstemmed form, then the stem. */
    private Tokens analyse(String text) {
        List<String> terms = DutchAnalysis.terms(analyzer, text);
        int n = terms.size() / 2;
        List<String> stems = new ArrayList<>(n);
        List<String> forms = new ArrayList<>(n);
        for (int i = 0; i + 1 < terms.size(); i += 2) {
            forms.add(terms.get(i));
            stems.add(terms.get(i + 1));
        }
        return new Tokens(stems, forms);
    }

    boolean isPupilWord(String stem) {
        return pupilWords.contains(stem);
    }

    boolean mentionsPupil(Tokens tokens) {
        for (String t : tokens.stems()) {
            if (pupilWords.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
