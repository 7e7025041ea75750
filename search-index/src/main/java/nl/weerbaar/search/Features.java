package nl.weerbaar.search;

import java.io.IOException;
import java.util.ArrayList;
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

    /** One analysed token: its field (index in {@link #FIELDS}), term and character offsets. */
    record Token(int field, String term, int start, int end) {}

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

    /** All tokens of a text, field by field, in text order within a field. */
    List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (int f = 0; f < analyzers.length; f++) {
            if (analyzers[f] == null) {
                continue;
            }
            try (TokenStream ts = analyzers[f].tokenStream(FIELDS.get(f), text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    if (term.length() > 0) {
                        int start = Math.max(0, Math.min(text.length(), offset.startOffset()));
                        int end = Math.max(start, Math.min(text.length(), offset.endOffset()));
                        out.add(new Token(f, term.toString(), start, end));
                    }
                }
                ts.end();
            } catch (IOException e) {
                throw new IllegalStateException("analysing a string cannot fail", e);
            }
        }
        return out;
    }
}
