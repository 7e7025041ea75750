package nl.weerbaar.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Finds which of a list of phrases occur in a text, token by token after the same light analysis
 * (lower-case, accent folding, stemming), so "dreigde met een mes" also matches "Dreigde met een
 * mes!" and "messen" matches "mes" lists. Immutable.
 */
final class PhraseMatcher {
    private final Map<String, List<Phrase>> byFirstToken = new HashMap<>();

    private record Phrase(String text, List<String> tokens) {}

    PhraseMatcher(Analyzer analyzer, List<String> phrases) {
        for (String phrase : phrases) {
            List<String> tokens = DutchAnalysis.terms(analyzer, phrase);
            if (!tokens.isEmpty()) {
                byFirstToken
                        .computeIfAbsent(tokens.get(0), k -> new ArrayList<>())
                        .add(new Phrase(phrase, List.copyOf(tokens)));
            }
        }
    }

    /** The phrases (as written in the catalogue) that occur in the analysed text. */
    Set<String> find(List<String> tokens) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Phrase> candidates = byFirstToken.get(tokens.get(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase p : candidates) {
                if (occursAt(tokens, i, p.tokens())) {
                    found.add(p.text());
                }
            }
        }
        return found;
    }

    private static boolean occursAt(List<String> tokens, int start, List<String> phrase) {
        if (start + phrase.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!tokens.get(start + j).equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }
}
