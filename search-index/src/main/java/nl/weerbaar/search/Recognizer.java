package nl.weerbaar.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.catalog.Catalog;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Recognises which knelpunt a teacher's free Dutch text describes. Built once from one catalogue,
 * never changed afterwards, so an instance is immutable and thread-safe; a new catalogue means a new
 * recogniser, which the application swaps in together with its catalogue.
 *
 * <p>Build: the training texts ({@link TrainingSet}) are indexed with Lucene's Dutch analysis in
 * three fields (words, word bigrams, character n-grams); the index's terms dictionary is the
 * feature space ({@link FeatureSpace}); a logistic-regression classifier ({@link LinearModel}) is
 * trained on the phrasings, also placed among neutral context sentences, with out-of-scope as a
 * class of its own.
 *
 * <p>Recognise: the message and each of its sentences are scored; the message is judged by the
 * whole or by the sentence that most clearly carries a knelpunt ({@link #combine}); a softmax with a
 * fitted temperature gives the confidence, and {@link Calibration} decides: answer, ask "Bedoel je
 * …?", or don't know. "Herkend op" lists the teacher's content words whose features pushed the
 * chosen knelpunt most. See RECOGNITION.md.
 */
public final class Recognizer {
    /** Pinned version of the analysis chain and model; also in the index's commit data. */
    public static final String ANALYSIS_VERSION = DutchAnalysis.ANALYSIS_VERSION;

    static final String BUITEN = "(buiten bereik)";
    /** The class of the informatievragen (informatie.yaml); a second model tells which one. */
    static final String INFORMATIE = "(informatie)";

    /**
     * Confidence the informatievragen' class needs to be answered as one (RECOGNITION.md: chosen on
     * the cross-validated knelpunt phrasings, so that few of them get an informatievraag's answer).
     */
    static final double INFORMATIE_AT = 0.7;

    static final int MAX_CHARS = 5_000;
    static final int MAX_WORDS = 5;
    /**
     * Share of the sentence that most clearly carries a knelpunt in a message's decision values;
     * the rest is the whole message's (RECOGNITION.md: the whole alone lets a long story's context
     * pull towards out-of-scope, the sentence alone lets one safety-sounding sentence of a chat
     * message decide).
     */
    static final double SENTENCE_SHARE = 0.3;

    /** How much a word of a background part counts in the whole message (see {@link Sentences}). */
    static final double BACKGROUND_WEIGHT = 0.5;

    private static final String NR = "nr";

    private final String catalogVersion;
    private final Duration buildTime;
    private final Calibration calibration;
    private final String indexedAnalysisVersion;
    private final Features features;
    private final FeatureSpace space;
    private final LinearModel model;
    private final List<String> labels;
    private final int buitenLabel;
    private final int informatieLabel;
    private final SignalDetector signals;
    /** Which informatievraag, trained on their phrasings alone; null with fewer than two. */
    private final LinearModel informatieModel;
    /** The informatievragen, in the informatie model's class order. */
    private final List<String> vragen;
    /** Informatievragen whose answer adds the best answer to the question itself (a question in English). */
    private final java.util.Set<String> besteAntwoord;

    private Recognizer(
            String catalogVersion,
            Duration buildTime,
            Calibration calibration,
            String indexedAnalysisVersion,
            Features features,
            FeatureSpace space,
            LinearModel model,
            List<String> labels,
            SignalDetector signals,
            LinearModel informatieModel,
            List<String> vragen,
            java.util.Set<String> besteAntwoord) {
        this.catalogVersion = catalogVersion;
        this.buildTime = buildTime;
        this.calibration = calibration;
        this.indexedAnalysisVersion = indexedAnalysisVersion;
        this.features = features;
        this.space = space;
        this.model = model;
        this.labels = List.copyOf(labels);
        this.buitenLabel = labels.indexOf(BUITEN);
        this.informatieLabel = labels.indexOf(INFORMATIE);
        this.signals = signals;
        this.informatieModel = informatieModel;
        this.vragen = List.copyOf(vragen);
        this.besteAntwoord = java.util.Set.copyOf(besteAntwoord);
    }

    /** Builds the recogniser for a catalogue with the production analysis and calibration. */
    public static Recognizer build(Catalog catalog) {
        return build(catalog, AnalysisOptions.DEFAULT, Calibration.DEFAULT);
    }

    /**
     * Builds with other analysis options or calibration (for evaluation and ablation).
     *
     * @throws IndexBuildException when the catalogue's recognition data cannot be used
     */
    public static Recognizer build(Catalog catalog, AnalysisOptions options, Calibration calibration) {
        long start = System.nanoTime();
        if (catalog.knelpunten().isEmpty()) {
            throw new IndexBuildException("De catalogus heeft geen knelpunten: er valt niets te herkennen.");
        }
        DutchAnalysis analysis = new DutchAnalysis(catalog.herkenning(), options);
        Features features = new Features(analysis);
        TrainingSet training = TrainingSet.of(catalog, INFORMATIE, BUITEN);
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            // the index-time chain lives only for this build; the query-time analysers stay with the
            // recogniser (Lucene keeps their per-thread state weakly, so they go with it)
            Analyzer indexChain = analysis.indexAnalyzer();
            Map<String, Analyzer> perField = new HashMap<>();
            perField.put(Features.WOORD, indexChain);
            for (int f = 1; f < Features.FIELDS.size(); f++) {
                if (features.analyzer(f) != null) {
                    perField.put(Features.FIELDS.get(f), features.analyzer(f));
                }
            }
            FieldType counted = new FieldType(TextField.TYPE_NOT_STORED);
            counted.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
            counted.freeze();
            PerFieldAnalyzerWrapper indexAnalyzer = new PerFieldAnalyzerWrapper(indexChain, perField);
            IndexWriterConfig config =
                    new IndexWriterConfig(indexAnalyzer).setCommitOnClose(false).setRAMBufferSizeMB(64);
            try (indexChain;
                    indexAnalyzer;
                    IndexWriter writer = new IndexWriter(directory, config)) {
                // Analysis is most of indexing; documents are added side by side (the writer is
                // thread-safe) and found again by their number, whatever order they end up in.
                training.documents().parallelStream().forEach(t -> {
                    Document doc = new Document();
                    doc.add(new StoredField(NR, t.nr()));
                    for (String field : perField.keySet()) {
                        doc.add(new Field(field, t.text(), counted));
                    }
                    try {
                        writer.addDocument(doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                writer.forceMerge(1);
                writer.setLiveCommitData(Map.of("analysisVersion", ANALYSIS_VERSION, "catalogVersion", catalog.versie())
                        .entrySet());
                writer.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                String recorded = reader.getIndexCommit().getUserData().get("analysisVersion");
                if (!ANALYSIS_VERSION.equals(recorded) || reader.leaves().size() != 1) {
                    throw new IndexBuildException("De index heeft analyseversie " + recorded + " en "
                            + reader.leaves().size() + " segmenten, verwacht " + ANALYSIS_VERSION + " en 1.");
                }
                LeafReader leaf = reader.leaves().get(0).reader();
                FeatureSpace.Indexed indexed = FeatureSpace.of(leaf);
                FeatureSpace space = indexed.space();
                TrainingSet.Examples examples = training.examples(leaf, NR, indexed);
                LinearModel model =
                        LinearModel.train(examples.alle(), training.labels().size(), space.size());
                LinearModel informatieModel = training.vragen().size() < 2
                        ? null
                        : LinearModel.train(
                                examples.informatie(), training.vragen().size(), space.size());
                return new Recognizer(
                        catalog.versie(),
                        Duration.ofNanos(System.nanoTime() - start),
                        calibration,
                        recorded,
                        features,
                        space,
                        model,
                        training.labels(),
                        new SignalDetector(catalog.herkenning()),
                        informatieModel,
                        training.vragen(),
                        catalog.informatie().vragen().stream()
                                .filter(v -> v.aanvulling() == nl.weerbaar.catalog.Aanvulling.BESTE_ANTWOORD)
                                .map(nl.weerbaar.catalog.Informatievraag::id)
                                .collect(java.util.stream.Collectors.toSet()));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IndexBuildException("De zoekindex kon niet worden opgebouwd: " + e.getMessage(), e);
        }
    }

    /** Recognises one utterance. Never throws for any input; null counts as empty. */
    public Recognition recognize(String text) {
        String input = text == null ? "" : text;
        if (input.length() > MAX_CHARS) {
            input = input.substring(0, MAX_CHARS);
        }
        SignalDetector.Flags flags = signals.detect(input);
        return decide(score(input), flags);
    }

    /**
     * What the classifier made of a text: the decision values it was judged by, their
     * probabilities, and the tokens that produced them. Package-private so that evaluation can
     * inspect probabilities.
     */
    record Scored(double[] decision, double[] probabilities, Features.Tokens tokens, String text) {}

    Scored score(String input) {
        Features.Tokens all = features.tokens(input, space);
        int n = all.size();
        int[] ids = all.id();
        int[] everyToken = new int[n];
        for (int i = 0; i < n; i++) {
            everyToken[i] = i;
        }
        List<Sentences.Span> spans = Sentences.DUTCH.of(input);
        if (spans.size() < 2 && spans.stream().noneMatch(Sentences.Span::background)) {
            double[] whole = model.decision(space.weigh(space.counts(ids, null, everyToken, n)));
            return new Scored(whole, calibration.softmax(whole, buitenLabel), all, input);
        }
        // The tokens of each part, grouped by a counting sort on the part they lie in.
        int[] spanOf = new int[n];
        int[] perSpan = new int[spans.size() + 1];
        boolean[] half = new boolean[n];
        for (int i = 0; i < n; i++) {
            spanOf[i] = spanOf(spans, all.start()[i]);
            half[i] = spanOf[i] >= 0 && spans.get(spanOf[i]).background();
            if (spanOf[i] >= 0) {
                perSpan[spanOf[i] + 1]++;
            }
        }
        for (int s = 0; s < spans.size(); s++) {
            perSpan[s + 1] += perSpan[s];
        }
        int[] grouped = new int[n];
        int[] fill = java.util.Arrays.copyOf(perSpan, spans.size());
        for (int i = 0; i < n; i++) {
            if (spanOf[i] >= 0) {
                grouped[fill[spanOf[i]]++] = i;
            }
        }
        double[] whole = model.decision(space.weigh(space.counts(ids, half, everyToken, n)));
        boolean allBackground = spans.stream().allMatch(Sentences.Span::background);
        double[] best = null;
        int bestSpan = -1;
        double bestStrength = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < spans.size(); s++) {
            if (spans.get(s).background() && !allBackground) {
                continue;
            }
            int[] members = java.util.Arrays.copyOfRange(grouped, perSpan[s], perSpan[s + 1]);
            FeatureSpace.SparseVector v = space.weigh(space.counts(ids, null, members, members.length));
            if (v.isEmpty()) {
                continue;
            }
            double[] d = model.decision(v);
            double strength = strength(d);
            if (strength > bestStrength) {
                bestStrength = strength;
                best = d;
                bestSpan = s;
            }
        }
        if (best == null) {
            return new Scored(whole, calibration.softmax(whole, buitenLabel), all, input);
        }
        double[] mixed = new double[whole.length];
        for (int c = 0; c < mixed.length; c++) {
            mixed[c] = SENTENCE_SHARE * best[c] + (1 - SENTENCE_SHARE) * whole[c];
        }
        Features.Tokens bestTokens = all.select(
                java.util.Arrays.copyOfRange(grouped, perSpan[bestSpan], perSpan[bestSpan + 1]),
                perSpan[bestSpan + 1] - perSpan[bestSpan]);
        return new Scored(mixed, calibration.softmax(mixed, buitenLabel), bestTokens, input);
    }

    /** The part a character offset lies in, or -1 (parts are ordered and do not overlap). */
    private static int spanOf(List<Sentences.Span> spans, int offset) {
        int lo = 0, hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentences.Span span = spans.get(mid);
            if (offset < span.start()) {
                hi = mid - 1;
            } else if (offset >= span.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** How clearly a knelpunt leads: the best knelpunt's log-odds minus the out-of-scope class's. */
    private double strength(double[] d) {
        double top = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < d.length; c++) {
            if (c != buitenLabel && c != informatieLabel) {
                top = Math.max(top, d[c]);
            }
        }
        return buitenLabel < 0 ? top : top - d[buitenLabel];
    }

    private Recognition decide(Scored s, SignalDetector.Flags flags) {
        List<Integer> ranked = new ArrayList<>();
        if (!s.tokens().isEmpty()) {
            for (int l = 0; l < labels.size(); l++) {
                if (l != buitenLabel && l != informatieLabel) {
                    ranked.add(l);
                }
            }
        }
        double[] p = s.probabilities();
        ranked.sort(Comparator.comparingDouble((Integer l) -> -p[l]));
        Decision decision = Decision.DONT_KNOW;
        String vraag = null;
        // Knelpunt confidences relative to what is left without the informatievragen: 1 unless a
        // question in English is judged without its own class.
        double scale = 1;
        if (!ranked.isEmpty()) {
            double buiten = buitenLabel < 0 ? 0 : p[buitenLabel];
            double informatie = informatieLabel < 0 ? 0 : p[informatieLabel];
            double top = p[ranked.get(0)];
            double second = ranked.size() > 1 ? p[ranked.get(1)] : 0;
            if (informatieLabel >= 0 && informatie > buiten && informatie >= top && informatie >= INFORMATIE_AT) {
                vraag = informatievraag(s.text());
                if (besteAntwoord.contains(vraag)) {
                    scale = 1 / Math.max(1e-9, 1 - informatie);
                    decision = calibration.decide(top * scale, second * scale, buiten * scale);
                }
            } else if (informatie >= top) {
                // leaning towards an informatievraag, but not clearly: judged as if there were none
                scale = 1 / Math.max(1e-9, 1 - informatie);
                decision = calibration.decide(top * scale, second * scale, buiten * scale);
            } else {
                // not a knelpunt: out of scope or an informatievraag, together
                decision = calibration.decide(top, second, buiten + informatie);
            }
        }
        List<Match> matches = new ArrayList<>();
        for (int l : ranked.subList(0, Math.min(3, ranked.size()))) {
            matches.add(new Match(labels.get(l), clamp(p[l] * scale)));
        }
        List<String> words = ranked.isEmpty() ? List.of() : matchedWords(s, ranked.get(0));
        return new Recognition(catalogVersion, matches, decision, words, flags.signal(), flags.urgent(), vraag);
    }

    /**
     * Which informatievraag a message asks, once the classifier has judged it one: the informatie
     * model's best class over the whole message.
     */
    private String informatievraag(String text) {
        if (informatieModel == null) {
            return vragen.get(0);
        }
        Features.Tokens all = features.tokens(text, space);
        int n = all.size();
        int[] every = new int[n];
        for (int i = 0; i < n; i++) {
            every[i] = i;
        }
        double[] d = informatieModel.decision(space.weigh(space.counts(all.id(), null, every, n)));
        int best = 0;
        for (int c = 1; c < d.length; c++) {
            if (d[c] > d[best]) {
                best = c;
            }
        }
        return vragen.get(best);
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }

    /**
     * The teacher's content words that pushed the chosen knelpunt most: each feature's share of
     * the decision (its weight for this knelpunt minus its mean weight over all classes, times its
     * value) goes to the words it came from; function words and words that pushed elsewhere are left
     * out; at most {@value #MAX_WORDS}, strongest first.
     */
    private List<String> matchedWords(Scored s, int label) {
        Features.Tokens tokens = s.tokens();
        int n = tokens.size();
        // The words: the distinct spans of the word field's tokens, in text order.
        int[] wordStart = new int[n];
        int[] wordEnd = new int[n];
        int words = 0;
        for (int i = 0; i < n; i++) {
            if (tokens.field()[i] == 0 && (words == 0 || wordStart[words - 1] != tokens.start()[i])) {
                wordStart[words] = tokens.start()[i];
                wordEnd[words++] = tokens.end()[i];
            }
        }
        boolean endsAscend = true;
        for (int w = 1; w < words; w++) {
            endsAscend &= wordEnd[w] >= wordEnd[w - 1];
        }
        int[] overlapped = new int[words];
        double[] push = new double[words];
        int[] every = new int[n];
        for (int i = 0; i < n; i++) {
            every[i] = i;
        }
        FeatureSpace.Counts tf = space.counts(tokens.id(), null, every, n);
        FeatureSpace.SparseVector v = space.weigh(tf);
        for (int i = 0; i < n; i++) {
            int id = tokens.id()[i];
            if (id < 0) {
                continue;
            }
            // A feature's value is shared by its occurrences.
            int k = java.util.Arrays.binarySearch(v.index(), id);
            double share = v.value()[k] / tf.count()[k] * (model.weight(id, label) - model.meanWeight(id));
            // The words the token overlaps (word starts ascend; so do their ends unless a multi-word
            // synonym spans several, and then the search starts from the first word).
            int from = endsAscend ? firstWordEndingAfter(wordEnd, words, tokens.start()[i]) : 0;
            int covered = 0;
            for (int w = from; w < words && wordStart[w] < tokens.end()[i]; w++) {
                if (wordEnd[w] > tokens.start()[i]) {
                    overlapped[covered++] = w;
                }
            }
            for (int c = 0; c < covered; c++) {
                push[overlapped[c]] += share / covered;
            }
        }
        Map<String, Double> byWord = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            if (push[w] <= 0) {
                continue;
            }
            String surface = s.text().substring(wordStart[w], wordEnd[w]);
            String folded = DutchAnalysis.fold(surface.toLowerCase(Locale.ROOT));
            if (folded.length() < 3 || DutchAnalysis.isFunctionWord(folded) || !hasLetter(folded)) {
                continue;
            }
            if (byWord.merge(surface, push[w], Double::sum) == push[w]) {
                order.add(surface);
            }
        }
        order.sort(Comparator.comparingDouble((String w) -> -byWord.get(w)));
        return List.copyOf(order.subList(0, Math.min(MAX_WORDS, order.size())));
    }

    /** The first word whose end lies after {@code offset} (word ends ascend), or {@code words}. */
    private static int firstWordEndingAfter(int[] wordEnd, int words, int offset) {
        int lo = 0, hi = words;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (wordEnd[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    List<String> labels() {
        return labels;
    }

    public String catalogVersion() {
        return catalogVersion;
    }

    public String analysisVersion() {
        return ANALYSIS_VERSION;
    }

    /** How long building this recogniser took (analysis, index, training). */
    public Duration buildTime() {
        return buildTime;
    }

    /** The analysis version recorded in the index's commit data (equal to {@link #analysisVersion()}). */
    public String indexedAnalysisVersion() {
        return indexedAnalysisVersion;
    }
}
