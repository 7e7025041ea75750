package nl.weerbaar.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Herkenning;

/**
 * k-fold cross-validation over the catalogue's own example phrasings (voorbeelden and
 * buitenBereik): each fold is recognised by a recogniser built without it. Knelpunt texts,
 * interventies and trainings stay in every index. Deterministic for a given seed.
 */
public final class CrossValidation {
    private final Catalog catalog;
    private final int folds;
    private final long seed;

    public CrossValidation(Catalog catalog, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("at least two folds");
        }
        this.catalog = catalog;
        this.folds = folds;
        this.seed = seed;
    }

    /** One held-out phrasing with the scores a recogniser without it gave. */
    record Held(EvalCase example, Recognition recognition, Recognizer.Scored scored, List<String> labels) {}

    public EvalReport run(AnalysisOptions options, Calibration calibration) {
        List<Held> held = heldOut(options, calibration);
        return EvalReport.of(
                held.stream().map(Held::example).toList(),
                held.stream().map(Held::recognition).toList());
    }

    List<Held> heldOut(AnalysisOptions options, Calibration calibration) {
        record Item(String label, String text, int fold) {}
        List<Item> items = new ArrayList<>();
        Random random = new Random(seed);
        Herkenning h = catalog.herkenning();
        for (var k : catalog.knelpunten()) {
            for (String text : h.voorbeeldenVan(k.id())) {
                items.add(new Item(k.id(), text, random.nextInt(folds)));
            }
        }
        for (String text : h.buitenBereik()) {
            items.add(new Item(null, text, random.nextInt(folds)));
        }
        List<Held> out = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            int fold = f;
            Map<String, List<String>> voorbeelden = new HashMap<>();
            List<String> buiten = new ArrayList<>();
            for (Item i : items) {
                if (i.fold() == fold) {
                    continue;
                }
                if (i.label() == null) {
                    buiten.add(i.text());
                } else {
                    voorbeelden
                            .computeIfAbsent(i.label(), k -> new ArrayList<>())
                            .add(i.text());
                }
            }
            Catalog train = new Catalog(
                    catalog.introductie(),
                    catalog.wettelijkKader(),
                    catalog.themas(),
                    catalog.trainingen(),
                    catalog.directory(),
                    h.withVoorbeelden(voorbeelden, buiten),
                    catalog.informatie(),
                    catalog.checksum());
            Recognizer recognizer = Recognizer.build(train, options, calibration);
            items.stream().filter(i -> i.fold() == fold).forEach(i -> {
                EvalCase c = new EvalCase(i.text(), i.label(), List.of(), false, false);
                out.add(new Held(c, recognizer.recognize(i.text()), recognizer.score(i.text()), recognizer.labels()));
            });
        }
        return out;
    }
}
