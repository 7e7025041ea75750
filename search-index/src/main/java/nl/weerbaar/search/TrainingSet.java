package nl.weerbaar.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Informatievraag;
import nl.weerbaar.catalog.Knelpunt;
import nl.weerbaar.catalog.Training;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;

/**
 * What the classifier learns from, all of it from the catalogue folder: per knelpunt its text, its
 * interventies, its example phrasings and the part of a training's "Lost op" line that names it;
 * the out-of-scope phrasings as a class of their own (the last label). The informatievragen of
 * informatie.yaml ("Kan ik anoniem melden?", greetings) are one class together, before the last
 * ({@link #hasInformatie}); which informatievraag is meant is learnt by a second, small model from
 * their phrasings alone ({@link Examples#informatie}), so a catalogue with many of them does not
 * train the large model on many more classes.
 *
 * <p>Augmentation: every example phrasing, in scope or not, is also placed after and before
 * neutral context sentences from {@code voorbeelden.yaml} ("Ik ben mentor van 2b.", "Alvast
 * bedankt!"). Context then occurs in every class alike, so it decides nothing, and confidence does
 * not fall with the length of a story. The choice of context sentences is seeded, so the same
 * catalogue always gives the same training set and the same model.
 */
final class TrainingSet {
    /** Copies of each phrasing placed among context sentences. */
    static final int CONTEXT_COPIES = 2;

    private static final long SEED = 42;

    /**
     * Phrasings per class that training uses at most: all of them below {@value #PHRASING_BUDGET}
     * divided by the number of classes (the bundled catalogue uses every phrasing), a seeded sample
     * of at least {@value #MIN_PHRASINGS} above it, so that a catalogue a hundred times larger still
     * reindexes in seconds.
     */
    static final int PHRASING_BUDGET = 12_000;

    static final int MIN_PHRASINGS = 25;

    /**
     * A document of the training index: its number, class number ({@link #CONTEXT} for a context
     * sentence), text, and whether it is an example phrasing (placed among context sentences).
     */
    record Text(int nr, int label, String text, boolean phrasing, int vraag) {
        Text(int nr, int label, String text, boolean phrasing) {
            this(nr, label, text, phrasing, -1);
        }
    }

    /** The label of a context sentence: it belongs to no class. */
    static final int CONTEXT = -1;

    private final List<String> labels;
    private final List<String> vragen;
    private final List<Text> documents;

    private TrainingSet(List<String> labels, List<String> vragen, List<Text> documents) {
        this.labels = List.copyOf(labels);
        this.vragen = List.copyOf(vragen);
        this.documents = List.copyOf(documents);
    }

    static TrainingSet of(Catalog catalog, String buitenLabel) {
        return of(catalog, null, buitenLabel);
    }

    /**
     * The training set; {@code informatieLabel} names the class of the informatievragen (null: the
     * catalogue's informatievragen are left out).
     */
    static TrainingSet of(Catalog catalog, String informatieLabel, String buitenLabel) {
        List<String> labels = new ArrayList<>();
        catalog.knelpunten().forEach(k -> labels.add(k.id()));
        List<Informatievraag> informatie =
                informatieLabel == null ? List.of() : catalog.informatie().vragen();
        if (!informatie.isEmpty()) {
            labels.add(informatieLabel);
        }
        labels.add(buitenLabel);
        int perClass = Math.max(MIN_PHRASINGS, PHRASING_BUDGET / labels.size());
        Random random = new Random(SEED);
        List<Text> texts = new ArrayList<>();
        for (Knelpunt k : catalog.knelpunten()) {
            int label = labels.indexOf(k.id());
            texts.add(new Text(texts.size(), label, k.tekst(), false));
            k.interventies().forEach(t -> texts.add(new Text(texts.size(), label, t, false)));
            sample(catalog.herkenning().voorbeeldenVan(k.id()), perClass, random)
                    .forEach(t -> texts.add(new Text(texts.size(), label, t, true)));
        }
        for (Training training : catalog.trainingen()) {
            // "Lost op: a, b, c." names its knelpunten in order; pair the parts when the counts agree.
            String tekst = training.lostOpTekst() == null ? "" : training.lostOpTekst();
            String[] parts = tekst.split(",");
            List<String> ids = training.lostOp();
            for (int i = 0; i < ids.size(); i++) {
                int label = labels.indexOf(ids.get(i));
                if (label >= 0 && !tekst.isBlank()) {
                    texts.add(new Text(texts.size(), label, parts.length == ids.size() ? parts[i] : tekst, false));
                }
            }
        }
        int buiten = labels.size() - 1;
        sample(catalog.herkenning().buitenBereik(), perClass, random)
                .forEach(t -> texts.add(new Text(texts.size(), buiten, t, true)));
        List<String> vragen = new ArrayList<>();
        for (Informatievraag vraag : informatie) {
            int nr = vragen.size();
            vragen.add(vraag.id());
            int label = labels.size() - 2;
            sample(vraag.voorbeelden(), perClass, random)
                    .forEach(t -> texts.add(new Text(texts.size(), label, t, true, nr)));
        }
        catalog.herkenning().context().forEach(t -> texts.add(new Text(texts.size(), CONTEXT, t, false)));
        return new TrainingSet(labels, vragen, texts);
    }

    /** True when the informatievragen are a class (the one before the last). */
    boolean hasInformatie() {
        return !vragen.isEmpty();
    }

    /** The ids of the informatievragen, in the order of their numbers in {@link Examples#informatie}. */
    List<String> vragen() {
        return vragen;
    }

    /**
     * The examples of the classifier ({@code alle}), and of the informatievragen alone, labelled by
     * the number of their informatievraag ({@code informatie}).
     */
    record Examples(List<LinearModel.Example> alle, List<LinearModel.Example> informatie) {}

    private static List<String> sample(List<String> phrasings, int max, Random random) {
        if (phrasings.size() <= max) {
            return phrasings;
        }
        List<String> copy = new ArrayList<>(phrasings);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, max);
    }

    List<String> labels() {
        return labels;
    }

    /** Everything to index: the texts of every class, then the context sentences. */
    List<Text> documents() {
        return documents;
    }

    /**
     * The training examples, from the term counts of the training index's documents (so every text
     * is analysed once): every text of a class, and {@link #CONTEXT_COPIES} copies of every example
     * phrasing with one to three context sentences added.
     */
    Examples examples(LeafReader leaf, String nrField, FeatureSpace.Indexed indexed) throws IOException {
        List<FeatureSpace.Counts> counts =
                new ArrayList<>(java.util.Collections.nCopies(documents.size(), FeatureSpace.Counts.EMPTY));
        StoredFields stored = leaf.storedFields();
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            int nr = stored.document(doc).getField(nrField).numericValue().intValue();
            counts.set(nr, indexed.documents().get(doc));
        }
        List<FeatureSpace.Counts> context = new ArrayList<>();
        for (Text t : documents) {
            if (t.label() == CONTEXT) {
                context.add(counts.get(t.nr()));
            }
        }
        FeatureSpace space = indexed.space();
        // Each text draws its context sentences from a source seeded with its own number, so the
        // texts can be expanded side by side and the same catalogue still gives the same examples.
        List<List<LinearModel.Example>> expanded = documents.parallelStream()
                .map(t -> t.label() == CONTEXT
                        ? List.<LinearModel.Example>of()
                        : expand(t, counts.get(t.nr()), context, space))
                .toList();
        List<LinearModel.Example> alle = new ArrayList<>();
        List<LinearModel.Example> informatie = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            alle.addAll(expanded.get(i));
            int vraag = documents.get(i).vraag();
            if (vraag >= 0) {
                expanded.get(i).forEach(e -> informatie.add(new LinearModel.Example(vraag, e.vector())));
            }
        }
        return new Examples(alle, informatie);
    }

    private static List<LinearModel.Example> expand(
            Text t, FeatureSpace.Counts own, List<FeatureSpace.Counts> context, FeatureSpace space) {
        List<LinearModel.Example> out = new ArrayList<>(1 + CONTEXT_COPIES);
        out.add(new LinearModel.Example(t.label(), space.weigh(own)));
        if (!t.phrasing() || context.isEmpty()) {
            return out;
        }
        Random random = new Random(SEED * 1_000_003L + t.nr());
        for (int copy = 0; copy < CONTEXT_COPIES; copy++) {
            FeatureSpace.Counts sum = own;
            int sentences = 1 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                sum = sum.plus(context.get(random.nextInt(context.size())));
            }
            out.add(new LinearModel.Example(t.label(), space.weigh(sum)));
        }
        return out;
    }
}
