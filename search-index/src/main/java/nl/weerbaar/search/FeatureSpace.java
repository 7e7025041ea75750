package nl.weerbaar.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The classifier's feature dictionary, read from the Lucene index of the training documents: every
 * term of every feature field gets a number (in the terms dictionary's sorted order, so the same
 * catalogue gives the same numbers) and an idf from its document frequency. A text becomes a sparse
 * vector of sublinear tf × idf, scaled to unit length; terms the index does not know are left out.
 * Immutable and thread-safe.
 */
final class FeatureSpace {
    private final List<CharArrayMap<Integer>> idsPerField;
    private final float[] idf;

    private FeatureSpace(List<CharArrayMap<Integer>> idsPerField, float[] idf) {
        this.idsPerField = idsPerField;
        this.idf = idf;
    }

    /** Sorted feature numbers with their (possibly weighted or summed) term counts. */
    record Counts(int[] index, double[] count) {
        static final Counts EMPTY = new Counts(new int[0], new double[0]);

        /** Both counts added, still sorted. */
        Counts plus(Counts other) {
            int[] index = new int[this.index.length + other.index.length];
            double[] count = new double[index.length];
            int i = 0, j = 0, n = 0;
            while (i < this.index.length || j < other.index.length) {
                if (j == other.index.length || (i < this.index.length && this.index[i] < other.index[j])) {
                    index[n] = this.index[i];
                    count[n++] = this.count[i++];
                } else if (i == this.index.length || other.index[j] < this.index[i]) {
                    index[n] = other.index[j];
                    count[n++] = other.count[j++];
                } else {
                    index[n] = this.index[i];
                    count[n++] = this.count[i++] + other.count[j++];
                }
            }
            return new Counts(Arrays.copyOf(index, n), Arrays.copyOf(count, n));
        }
    }

    /** Feature numbers (sorted, 0-based) with their weights. */
    record SparseVector(int[] index, double[] value) {
        boolean isEmpty() {
            return index.length == 0;
        }
    }

    /**
     * The feature space of an index and the term counts of each of its documents, read from the
     * postings in one pass (every training text is analysed once, when it is indexed).
     */
    record Indexed(FeatureSpace space, List<Counts> documents) {}

    static Indexed of(LeafReader leaf) throws IOException {
        int docs = leaf.maxDoc();
        List<CharArrayMap<Integer>> idsPerField = new ArrayList<>();
        List<int[]> docIndex = new ArrayList<>();
        List<double[]> docCount = new ArrayList<>();
        int[] size = new int[docs];
        for (int d = 0; d < docs; d++) {
            docIndex.add(new int[16]);
            docCount.add(new double[16]);
        }
        float[] idf = new float[1024];
        int next = 0;
        PostingsEnum postings = null;
        for (int f = 0; f < Features.FIELDS.size(); f++) {
            Terms terms = leaf.terms(Features.FIELDS.get(f));
            CharArrayMap<Integer> ids = new CharArrayMap<>(terms == null ? 0 : (int) Math.max(16, terms.size()), false);
            idsPerField.add(ids);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                if (next == idf.length) {
                    idf = Arrays.copyOf(idf, idf.length * 2);
                }
                ids.put(term.utf8ToString(), next);
                idf[next] = (float) Math.log(1.0 + (docs + 1.0) / (te.docFreq() + 1.0));
                postings = te.postings(postings, PostingsEnum.FREQS);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (size[d] == docIndex.get(d).length) {
                        docIndex.set(d, Arrays.copyOf(docIndex.get(d), size[d] * 2));
                        docCount.set(d, Arrays.copyOf(docCount.get(d), size[d] * 2));
                    }
                    docIndex.get(d)[size[d]] = next;
                    docCount.get(d)[size[d]++] = postings.freq();
                }
                next++;
            }
        }
        List<Counts> counts = new ArrayList<>(docs);
        for (int d = 0; d < docs; d++) {
            counts.add(new Counts(Arrays.copyOf(docIndex.get(d), size[d]), Arrays.copyOf(docCount.get(d), size[d])));
        }
        List<CharArrayMap<Integer>> readOnly = new ArrayList<>();
        idsPerField.forEach(ids -> readOnly.add(CharArrayMap.unmodifiableMap(ids)));
        return new Indexed(new FeatureSpace(List.copyOf(readOnly), Arrays.copyOf(idf, next)), counts);
    }

    int size() {
        return idf.length;
    }

    /** The feature number of a term of a field, or -1 when the index does not know it. */
    int id(int field, char[] term, int length) {
        Integer id = idsPerField.get(field).get(term, 0, length);
        return id == null ? -1 : id;
    }

    /**
     * Term counts of the tokens {@code members} (indexes into {@code ids}, the tokens' feature
     * numbers, -1 for unknown); a token marked in {@code half} counts {@link Recognizer#BACKGROUND_WEIGHT}.
     */
    Counts counts(int[] ids, boolean[] half, int[] members, int size) {
        long[] keys = new long[size];
        int n = 0;
        for (int m = 0; m < size; m++) {
            int t = members[m];
            if (ids[t] >= 0) {
                keys[n++] = ((long) ids[t] << 1) | (half != null && half[t] ? 1 : 0);
            }
        }
        Arrays.sort(keys, 0, n);
        int[] index = new int[n];
        double[] count = new double[n];
        int k = -1;
        for (int i = 0; i < n; i++) {
            int id = (int) (keys[i] >>> 1);
            double w = (keys[i] & 1) == 1 ? Recognizer.BACKGROUND_WEIGHT : 1.0;
            if (k >= 0 && index[k] == id) {
                count[k] += w;
            } else {
                index[++k] = id;
                count[k] = w;
            }
        }
        return new Counts(Arrays.copyOf(index, k + 1), Arrays.copyOf(count, k + 1));
    }

    /** The unit-length vector of sublinear term counts times idf. */
    SparseVector weigh(Counts tf) {
        int[] index = tf.index();
        double[] value = new double[index.length];
        double norm = 0;
        for (int i = 0; i < index.length; i++) {
            double f = tf.count()[i];
            value[i] = (f < 1 ? f : 1.0 + Math.log(f)) * idf[index[i]];
            norm += value[i] * value[i];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < value.length; i++) {
                value[i] /= norm;
            }
        }
        return new SparseVector(index, value);
    }
}
