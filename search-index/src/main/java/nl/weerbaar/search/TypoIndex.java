package nl.weerbaar.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the index words within a small edit distance of a query word the index does not know
 * (typo tolerance). Candidates come from shared letter bigrams (with word-boundary marks): one
 * edit changes at most two bigrams, so a word within {@code d} edits of an {@code n}-letter query
 * word shares at least {@code n + 1 - 2d} of them; candidates are then checked with a bounded
 * Levenshtein distance. Cheaper per query than Lucene's FuzzyQuery, which builds a Levenshtein
 * automaton each time, and cheap to build. Immutable.
 */
final class TypoIndex {
    private static final int MIN_WORD = 3;
    private final List<String> words = new ArrayList<>();
    private final Map<String, int[]> byBigram = new HashMap<>();

    TypoIndex(Iterable<String> vocabulary) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (String word : vocabulary) {
            if (word.length() < MIN_WORD) {
                continue;
            }
            int id = words.size();
            words.add(word);
            for (String g : bigrams(word)) {
                lists.computeIfAbsent(g, k -> new ArrayList<>()).add(id);
            }
        }
        lists.forEach((g, ids) ->
                byBigram.put(g, ids.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Index words within {@code maxEdits} of the word (not the word itself). */
    Set<String> near(String word, int maxEdits) {
        Set<String> found = new LinkedHashSet<>();
        if (maxEdits <= 0) {
            return found;
        }
        Set<String> grams = bigrams(word);
        int needed = Math.max(1, word.length() + 1 - 2 * maxEdits);
        Map<Integer, Integer> shared = new HashMap<>();
        for (String g : grams) {
            int[] ids = byBigram.get(g);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                shared.merge(id, 1, Integer::sum);
            }
        }
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            if (e.getValue() < needed) {
                continue;
            }
            String candidate = words.get(e.getKey());
            if (Math.abs(candidate.length() - word.length()) <= maxEdits
                    && !candidate.equals(word)
                    && EditDistance.within(word, candidate, maxEdits)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /** The distinct letter pairs of "^word$". */
    static Set<String> bigrams(String word) {
        String w = "^" + word + "$";
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 2 <= w.length(); i++) {
            out.add(w.substring(i, i + 2));
        }
        return out;
    }
}
