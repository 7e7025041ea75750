package nl.weerbaar.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Knelpunt;
import nl.weerbaar.catalog.Training;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Recognises which knelpunt a teacher's free Dutch text describes. Built once from one catalogue
 * into an in-memory Lucene index that is never changed afterwards, so an instance is immutable and
 * thread-safe; a new catalogue means a new recogniser (see {@link RecognizerHolder}).
 *
 * <p>Index: one document per example phrasing, per knelpunt text, per interventie and per part of
 * a training's "Lost op" line, each labelled with its knelpunt; out-of-scope phrasings are indexed
 * under a pseudo-label so that look-alike chit-chat pulls confidence away from every knelpunt.
 *
 * <p>Query: built from analysed tokens (never a query parser), at most {@value #MAX_QUERY_WORDS}
 * word positions. Words the index does not know are expanded to close index words (typo
 * tolerance: edit distance 1 from 5 characters, 2 from 8; see {@link TypoIndex}), down-weighted. Scores: per label the best three hits (weights 1, ½, ¼), divided by
 * what the query could score at most (its words' idf), then a softmax with a fitted temperature
 * and a "none of these" option. See RECOGNITION.md.
 */
public final class Recognizer {
    /** Pinned version of the analysis chain; also in the index's commit data. */
    public static final String ANALYSIS_VERSION = DutchAnalysis.ANALYSIS_VERSION;

    static final String BUITEN = "(buiten bereik)";
    static final int MAX_CHARS = 5_000;
    static final int MAX_QUERY_WORDS = 48;
    private static final String FIELD = "tekst";
    private static final String NR = "nr";
    private static final String LABEL = "label";
    private static final int FUZZY_EXPANSIONS = 8;
    private static final float FUZZY_BOOST = 0.5f;
    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final double[] HIT_WEIGHTS = {1.0, 0.5, 0.25};
    private static final double HIT_WEIGHT_SUM = 1.75;
    /**
     * Query weight of a stop word under {@link AnalysisOptions.StopList#WEERBAAR_SOFT}: function
     * words still count, at half weight, so that they break ties instead of deciding (RECOGNITION.md).
     */
    static final float STOP_WEIGHT = 0.5f;

    private final String catalogVersion;
    private final Duration buildTime;
    private final AnalysisOptions options;
    private final Calibration calibration;
    private final String indexedAnalysisVersion;
    private final ImpactIndex index;
    private final Analyzer queryAnalyzer;
    private final List<String> labels;
    private final int buitenLabel;
    private final int[] labelOfDoc;
    private final List<Set<String>> vocabularyOfLabel;
    private final SignalDetector signals;
    private final TypoIndex typos;
    private final double maxIdf;

    private Recognizer(
            String catalogVersion,
            Duration buildTime,
            AnalysisOptions options,
            Calibration calibration,
            String indexedAnalysisVersion,
            ImpactIndex index,
            Analyzer queryAnalyzer,
            List<String> labels,
            int[] labelOfDoc,
            List<Set<String>> vocabularyOfLabel,
            SignalDetector signals,
            TypoIndex typos) {
        this.catalogVersion = catalogVersion;
        this.buildTime = buildTime;
        this.options = options;
        this.calibration = calibration;
        this.indexedAnalysisVersion = indexedAnalysisVersion;
        this.index = index;
        this.queryAnalyzer = queryAnalyzer;
        this.labels = List.copyOf(labels);
        this.buitenLabel = labels.indexOf(BUITEN);
        this.labelOfDoc = labelOfDoc;
        this.vocabularyOfLabel = List.copyOf(vocabularyOfLabel);
        this.signals = signals;
        this.typos = typos;
        this.maxIdf = index.idf(0);
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
        List<String> labels = new ArrayList<>();
        catalog.knelpunten().forEach(k -> labels.add(k.id()));
        labels.add(BUITEN);
        List<Entry> entries = entries(catalog, labels);
        Analyzer indexAnalyzer = analysis.indexAnalyzer();
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                    .setSimilarity(new BM25Similarity(K1, B))
                    .setCommitOnClose(false);
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < entries.size(); i++) {
                    Document doc = new Document();
                    doc.add(new StoredField(NR, i));
                    doc.add(new StringField(LABEL, labels.get(entries.get(i).label()), Field.Store.NO));
                    doc.add(new TextField(FIELD, entries.get(i).text(), Field.Store.NO));
                    writer.addDocument(doc);
                }
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
                ImpactIndex index = new ImpactIndex(leaf, FIELD, K1, B);
                int[] labelOfDoc = new int[leaf.maxDoc()];
                var stored = leaf.storedFields();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    int nr = stored.document(doc).getField(NR).numericValue().intValue();
                    labelOfDoc[doc] = entries.get(nr).label();
                }
                List<Set<String>> vocabularyOfLabel = new ArrayList<>();
                labels.forEach(l -> vocabularyOfLabel.add(new HashSet<>()));
                TermsEnum te = leaf.terms(FIELD).iterator();
                PostingsEnum pe = null;
                List<String> vocabulary = new ArrayList<>();
                for (BytesRef term = te.next(); term != null; term = te.next()) {
                    String t = term.utf8ToString();
                    vocabulary.add(t);
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        vocabularyOfLabel.get(labelOfDoc[doc]).add(t);
                    }
                }
                vocabularyOfLabel.replaceAll(Set::copyOf);
                return new Recognizer(
                        catalog.versie(),
                        Duration.ofNanos(System.nanoTime() - start),
                        options,
                        calibration,
                        recorded,
                        index,
                        analysis.queryAnalyzer(),
                        labels,
                        labelOfDoc,
                        vocabularyOfLabel,
                        new SignalDetector(catalog.herkenning()),
                        new TypoIndex(vocabulary));
            }
        } catch (IOException e) {
            throw new IndexBuildException("De zoekindex kon niet worden opgebouwd: " + e.getMessage(), e);
        }
    }

    private record Entry(int label, String text) {}

    private static List<Entry> entries(Catalog catalog, List<String> labels) {
        List<Entry> entries = new ArrayList<>();
        for (Knelpunt k : catalog.knelpunten()) {
            int label = labels.indexOf(k.id());
            entries.add(new Entry(label, k.tekst()));
            k.interventies().forEach(t -> entries.add(new Entry(label, t)));
            catalog.herkenning().voorbeeldenVan(k.id()).forEach(t -> entries.add(new Entry(label, t)));
        }
        for (Training training : catalog.trainingen()) {
            // "Lost op: a, b, c." names its knelpunten in order; pair the parts when the counts agree.
            String tekst = training.lostOpTekst() == null ? "" : training.lostOpTekst();
            String[] parts = tekst.split(",");
            List<String> ids = training.lostOp();
            for (int i = 0; i < ids.size(); i++) {
                int label = labels.indexOf(ids.get(i));
                if (label >= 0 && !tekst.isBlank()) {
                    entries.add(new Entry(label, parts.length == ids.size() ? parts[i] : tekst));
                }
            }
        }
        int buiten = labels.indexOf(BUITEN);
        catalog.herkenning().buitenBereik().forEach(t -> entries.add(new Entry(buiten, t)));
        return entries;
    }

    /** Recognises one utterance. Never throws for any input; null counts as empty. */
    public Recognition recognize(String text) {
        String input = text == null ? "" : text;
        if (input.length() > MAX_CHARS) {
            input = input.substring(0, MAX_CHARS);
        }
        SignalDetector.Flags flags = signals.detect(input);
        Scored scored = score(input);
        return decide(scored, flags);
    }

    /** Scores every label; package-private so that evaluation can inspect probabilities. */
    Scored score(String input) {
        List<Group> groups = analyse(input);
        double[] normalised = new double[labels.size()];
        List<ImpactIndex.Clause> clauses = new ArrayList<>();
        double attainable = 0;
        boolean soft = options.stopwoorden() == AnalysisOptions.StopList.WEERBAAR_SOFT;
        for (Group g : groups) {
            float w = soft && isStopwoord(g) ? STOP_WEIGHT : 1f;
            List<String> known = new ArrayList<>();
            for (String t : g.terms()) {
                if (index.docFreq(t) > 0) {
                    known.add(t);
                }
            }
            if (!known.isEmpty()) {
                double idf = index.groupIdf(known);
                // A new compound known only by its parts is explained only in part.
                boolean partsOnly =
                        g.terms().size() > 1 && !known.contains(g.terms().get(0));
                attainable += w * (partsOnly ? (idf + calibration.oovWeight() * maxIdf) / 2 : idf);
                clauses.add(new ImpactIndex.Clause(known, w));
            } else {
                attainable += w * calibration.oovWeight() * maxIdf;
                List<String> near = typoTerms(g);
                if (!near.isEmpty()) {
                    clauses.add(new ImpactIndex.Clause(near, FUZZY_BOOST));
                    g.expansions().addAll(near);
                }
            }
        }
        if (clauses.isEmpty() || attainable <= 0) {
            return new Scored(groups, normalised, probabilities(normalised));
        }
        ImpactIndex.Scores scores = index.score(clauses);
        float[][] best = new float[labels.size()][HIT_WEIGHTS.length];
        for (int i = 0; i < scores.touchedCount(); i++) {
            int doc = scores.touched()[i];
            float sc = scores.score()[doc];
            float[] top = best[labelOfDoc[doc]];
            for (int k = 0; k < top.length; k++) {
                if (sc > top[k]) {
                    System.arraycopy(top, k, top, k + 1, top.length - k - 1);
                    top[k] = sc;
                    break;
                }
            }
        }
        double perWord = 1.0 / (1.0 + K1);
        for (int l = 0; l < labels.size(); l++) {
            double raw = 0;
            for (int k = 0; k < HIT_WEIGHTS.length; k++) {
                raw += HIT_WEIGHTS[k] * best[l][k];
            }
            normalised[l] = raw / (HIT_WEIGHT_SUM * attainable * perWord);
        }
        return new Scored(groups, normalised, probabilities(normalised));
    }

    /** A single word (no synonyms or parts) whose surface form is on our stop list. */
    private static boolean isStopwoord(Group g) {
        return g.terms().size() == 1
                && DutchAnalysis.isStopwoord(DutchAnalysis.fold(g.surface().toLowerCase(Locale.ROOT)));
    }

    /** Close index words for a query word the index does not know, most frequent first. */
    private List<String> typoTerms(Group g) {
        if (!options.tikfouten()) {
            return List.of();
        }
        String word =
                g.terms().stream().max(Comparator.comparingInt(String::length)).orElse("");
        List<String> near = new ArrayList<>(typos.near(word, maxEdits(word)));
        near.sort(Comparator.comparingInt((String t) -> -index.docFreq(t)).thenComparing(t -> t));
        return near.subList(0, Math.min(FUZZY_EXPANSIONS, near.size()));
    }

    static int maxEdits(String term) {
        int cps = term.codePointCount(0, term.length());
        return cps >= 8 ? 2 : cps >= 5 ? 1 : 0;
    }

    private double[] probabilities(double[] normalised) {
        return calibration.softmax(normalised);
    }

    private Recognition decide(Scored s, SignalDetector.Flags flags) {
        List<Integer> ranked = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            if (l != buitenLabel && s.normalised()[l] > 0) {
                ranked.add(l);
            }
        }
        ranked.sort(Comparator.comparingDouble((Integer l) -> -s.probabilities()[l]));
        List<Match> matches = new ArrayList<>();
        for (int l : ranked.subList(0, Math.min(3, ranked.size()))) {
            matches.add(new Match(labels.get(l), clamp(s.probabilities()[l])));
        }
        Decision decision = Decision.DONT_KNOW;
        if (!ranked.isEmpty()) {
            double buiten = buitenLabel < 0 ? 0 : s.probabilities()[buitenLabel];
            double second = ranked.size() > 1 ? s.probabilities()[ranked.get(1)] : 0;
            decision =
                    calibration.decide(s.probabilities()[ranked.get(0)], second, buiten, s.normalised()[ranked.get(0)]);
        }
        List<String> words = ranked.isEmpty() ? List.of() : matchedWords(s, ranked.get(0));
        return new Recognition(catalogVersion, matches, decision, words, flags.signal(), flags.urgent());
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }

    private List<String> matchedWords(Scored s, int label) {
        Set<String> vocabulary = vocabularyOfLabel.get(label);
        Set<String> words = new LinkedHashSet<>();
        for (Group g : s.groups()) {
            if (g.terms().stream().anyMatch(vocabulary::contains)
                    || g.expansions().stream().anyMatch(vocabulary::contains)) {
                words.add(g.surface());
            }
        }
        return List.copyOf(words);
    }

    /** The analysed words of the query, grouped by position (synonyms and compound parts together). */
    private List<Group> analyse(String text) {
        List<Group> groups = new ArrayList<>();
        try (TokenStream ts = queryAnalyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            List<String> current = null;
            String surface = null;
            while (ts.incrementToken()) {
                if (current == null || inc.getPositionIncrement() > 0) {
                    if (current != null) {
                        groups.add(new Group(List.copyOf(current), surface));
                        if (groups.size() >= MAX_QUERY_WORDS) {
                            current = null;
                            break;
                        }
                    }
                    current = new ArrayList<>();
                    int from = Math.max(0, Math.min(text.length(), offset.startOffset()));
                    int to = Math.max(from, Math.min(text.length(), offset.endOffset()));
                    surface = text.substring(from, to);
                }
                String t = term.toString();
                if (!t.isEmpty() && !current.contains(t)) {
                    current.add(t);
                }
            }
            if (current != null && !current.isEmpty()) {
                groups.add(new Group(List.copyOf(current), surface));
            }
            ts.end();
        } catch (IOException e) {
            throw new IllegalStateException("analysing a string cannot fail", e);
        }
        groups.removeIf(g -> g.terms().isEmpty());
        return groups;
    }

    /** Terms at one query position; {@code expansions} gets the typo corrections used for it. */
    record Group(List<String> terms, String surface, List<String> expansions) {
        Group(List<String> terms, String surface) {
            this(terms, surface, new ArrayList<>());
        }
    }

    record Scored(List<Group> groups, double[] normalised, double[] probabilities) {}

    List<String> labels() {
        return labels;
    }

    public String catalogVersion() {
        return catalogVersion;
    }

    public String analysisVersion() {
        return ANALYSIS_VERSION;
    }

    /** How long building this recogniser took (analysis, index, reader). */
    public Duration buildTime() {
        return buildTime;
    }

    /** The analysis version recorded in the index's commit data (equal to {@link #analysisVersion()}). */
    public String indexedAnalysisVersion() {
        return indexedAnalysisVersion;
    }
}
