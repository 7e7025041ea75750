package nl.weerbaar.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * The postings of a finished single-segment Lucene index, copied into plain arrays once, and
 * scored with Lucene's BM25 formula (same idf, same length normalisation from the index norms,
 * synonym groups scored like Lucene's SynonymQuery: frequencies summed, idf of the most frequent
 * term). Scoring a teacher's question this way costs a few array passes instead of setting up a
 * Lucene scorer per term on a ByteBuffersDirectory, which dominated latency (see RECOGNITION.md).
 * Immutable after construction; {@link #score} allocates its own scratch arrays, so it is
 * thread-safe.
 */
final class ImpactIndex {
    /** One query position: its terms are synonyms of each other; boost < 1 for typo corrections. */
    record Clause(List<String> terms, float boost) {}

    /** BM25 score per document and the documents that scored (in no particular order). */
    record Scores(float[] score, int[] touched, int touchedCount) {}

    private record Postings(int[] docs, int[] freqs) {}

    private final Map<String, Postings> postings = new HashMap<>();
    private final float[] lengthNorm;
    private final int docCount;
    private final float k1;

    ImpactIndex(LeafReader leaf, String field, float k1, float b) throws IOException {
        this.k1 = k1;
        this.docCount = leaf.maxDoc();
        this.lengthNorm = new float[docCount];
        Terms terms = leaf.terms(field);
        double avgdl = terms == null || terms.getDocCount() == 0
                ? 1
                : (double) terms.getSumTotalTermFreq() / terms.getDocCount();
        NumericDocValues norms = leaf.getNormValues(field);
        for (int doc = 0; doc < docCount; doc++) {
            int length = 1;
            if (norms != null && norms.advanceExact(doc)) {
                length = SmallFloat.byte4ToInt((byte) norms.longValue());
            }
            lengthNorm[doc] = (float) (k1 * ((1 - b) + b * length / avgdl));
        }
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            int df = te.docFreq();
            int[] docs = new int[df];
            int[] freqs = new int[df];
            pe = te.postings(pe, PostingsEnum.FREQS);
            int n = 0;
            for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                docs[n] = doc;
                freqs[n] = pe.freq();
                n++;
            }
            postings.put(term.utf8ToString(), new Postings(Arrays.copyOf(docs, n), Arrays.copyOf(freqs, n)));
        }
    }

    int maxDoc() {
        return docCount;
    }

    int docFreq(String term) {
        Postings p = postings.get(term);
        return p == null ? 0 : p.docs().length;
    }

    /** Lucene's BM25 idf. */
    double idf(int docFreq) {
        return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
    }

    /** The idf of a synonym group: that of its most frequent term, as in SynonymQuery. */
    double groupIdf(List<String> terms) {
        int df = 0;
        for (String t : terms) {
            df = Math.max(df, docFreq(t));
        }
        return idf(df);
    }

    Iterable<String> vocabulary() {
        return postings.keySet();
    }

    Scores score(List<Clause> clauses) {
        float[] score = new float[docCount];
        float[] freq = new float[docCount];
        int[] touched = new int[Math.min(docCount, 1024)];
        int touchedCount = 0;
        int[] groupDocs = new int[Math.min(docCount, 256)];
        for (Clause clause : clauses) {
            double weight = clause.boost() * groupIdf(clause.terms());
            int groupCount = 0;
            for (String t : clause.terms()) {
                Postings p = postings.get(t);
                if (p == null) {
                    continue;
                }
                int[] docs = p.docs();
                int[] freqs = p.freqs();
                for (int i = 0; i < docs.length; i++) {
                    int d = docs[i];
                    if (freq[d] == 0) {
                        if (groupCount == groupDocs.length) {
                            groupDocs = Arrays.copyOf(groupDocs, Math.min(docCount, groupCount * 2));
                        }
                        groupDocs[groupCount++] = d;
                    }
                    freq[d] += freqs[i];
                }
            }
            for (int i = 0; i < groupCount; i++) {
                int d = groupDocs[i];
                float f = freq[d];
                freq[d] = 0;
                if (score[d] == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, Math.min(docCount, touchedCount * 2));
                    }
                    touched[touchedCount++] = d;
                }
                score[d] += (float) (weight * f / (f + lengthNorm[d]));
            }
        }
        return new Scores(score, touched, touchedCount);
    }
}
