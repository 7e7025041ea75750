package nl.weerbaar.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns text into the classifier's raw features with Lucene's analysis: three fields, each with
 * its own analyser from {@link DutchAnalysis}.
 *
 * <ul>
 *   <li>{@link #WOORD}: the Dutch chain (chat language, synonyms, compound parts, stems);
 *   <li>{@link #BIGRAM}: neighbouring stems as pairs;
 *   <li>{@link #NGRAM}: character 3- to 5-grams of each word.
 * </ul>
 *
 * Every token keeps the offsets of the words it came from, so that a feature's contribution can be
 * traced back to the teacher's own words ("herkend op"). Immutable and thread-safe (Lucene's
 * analysers reuse their components per thread).
 */
final class Features {
    static final String WOORD = "woord";
    static final String BIGRAM = "bigram";
    static final String NGRAM = "ngram";
    static final List<String> FIELDS = List.of(WOORD, BIGRAM, NGRAM);

    /**
     * The analysed tokens of a text as parallel arrays, field by field and in text order within a
     * field: the field (index in {@link #FIELDS}), the feature number ({@code -1} when the feature
     * space does not know the term) and the character offsets of the words it came from.
     */
    record Tokens(int size, int[] field, int[] id, int[] start, int[] end) {
        static final Tokens NONE = new Tokens(0, new int[0], new int[0], new int[0], new int[0]);

        boolean isEmpty() {
            return size == 0;
        }

        /** The tokens at the given positions, in that order. */
        Tokens select(int[] positions, int count) {
            int[] f = new int[count], i = new int[count], s = new int[count], e = new int[count];
            for (int k = 0; k < count; k++) {
                int p = positions[k];
                f[k] = field[p];
                i[k] = id[p];
                s[k] = start[p];
                e[k] = end[p];
            }
            return new Tokens(count, f, i, s, e);
        }
    }

    private final Analyzer[] analyzers;

    Features(DutchAnalysis analysis) {
        AnalysisOptions o = analysis.options();
        this.analyzers = new Analyzer[] {
            analysis.queryAnalyzer(),
            o.bigrammen() ? analysis.bigramAnalyzer() : null,
            o.ngrammen() ? analysis.ngramAnalyzer() : null
        };
    }

    /** The analyser of a field, or null when that feature family is switched off. */
    Analyzer analyzer(int field) {
        return analyzers[field];
    }

    /**
     * All tokens of a text with their feature numbers in {@code space}; terms are looked up straight
     * from the analysis buffer, without making a string of each.
     */
    Tokens tokens(String text, FeatureSpace space) {
        int n = 0;
        int[] field = new int[64], id = new int[64], start = new int[64], end = new int[64];
        for (int f = 0; f < analyzers.length; f++) {
            if (analyzers[f] == null) {
                continue;
            }
            try (TokenStream ts = analyzers[f].tokenStream(FIELDS.get(f), text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (term.length() == 0) {
                        continue;
                    }
                    if (n == field.length) {
                        field = Arrays.copyOf(field, 2 * n);
                        id = Arrays.copyOf(id, 2 * n);
                        start = Arrays.copyOf(start, 2 * n);
                        end = Arrays.copyOf(end, 2 * n);
                    }
                    field[n] = f;
                    id[n] = space.id(f, term.buffer(), term.length());
                    start[n] = Math.max(0, Math.min(text.length(), offset.startOffset()));
                    end[n] = Math.max(start[n], Math.min(text.length(), offset.endOffset()));
                    n++;
                }
                ts.end();
            } catch (IOException e) {
                throw new IllegalStateException("analysing a string cannot fail", e);
            }
        }
        return new Tokens(n, field, id, start, end);
    }
}
