package nl.weerbaar.search;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.catalog.Catalog;

/**
 * The measurements behind RECOGNITION.md: cross-validation, the ablation table (each analysis
 * step switched off or replaced, measured by cross-validation and on a dev set) and the
 * calibration fit. Used by the {@code crossvalidate} command.
 */
public final class Tuning {
    private final Catalog catalog;
    private final int folds;
    private final long seed;

    public Tuning(Catalog catalog, int folds, long seed) {
        this.catalog = catalog;
        this.folds = folds;
        this.seed = seed;
    }

    public EvalReport crossValidate() {
        return new CrossValidation(catalog, folds, seed).run(AnalysisOptions.DEFAULT, Calibration.DEFAULT);
    }

    /** Fits the calibration on held-out folds and prints the numbers; returns the fitted values. */
    public Calibration fit(PrintStream out) {
        var held = new CrossValidation(catalog, folds, seed).heldOut(AnalysisOptions.DEFAULT, Calibration.DEFAULT);
        Calibration fitted = CalibrationFit.fit(held, Calibration.DEFAULT, out);
        out.println("best: " + fitted);
        return fitted;
    }

    /** Prints top-1 (dev and cross-validation) with each analysis step changed. */
    public void ablation(List<EvalCase> dev, PrintStream out) {
        AnalysisOptions d = AnalysisOptions.DEFAULT;
        Map<String, AnalysisOptions> variants = new LinkedHashMap<>();
        variants.put("full chain (production)", d);
        variants.put("without accent folding", d.withFolding(false));
        variants.put("without stemming", d.withStemmer(AnalysisOptions.Stemmer.NONE));
        variants.put("Kraaij-Pohlmann instead of Snowball", d.withStemmer(AnalysisOptions.Stemmer.KRAAIJ_POHLMANN));
        variants.put("stop words removed (our list)", d.withStopwoorden(AnalysisOptions.StopList.WEERBAAR));
        variants.put("Lucene's default Dutch stop list", d.withStopwoorden(AnalysisOptions.StopList.LUCENE_DEFAULT));
        variants.put("without compound splitting", d.withSamenstellingen(false));
        variants.put("without synonyms", d.withSynoniemen(false));
        variants.put("without chat language", d.withChattaal(false));
        variants.put("without word bigrams", d.withBigrammen(false));
        variants.put("without character n-grams", d.withNgrammen(false));
        variants.put(
                "bare: lower-case words only",
                new AnalysisOptions(
                        false,
                        AnalysisOptions.Stemmer.NONE,
                        AnalysisOptions.StopList.NONE,
                        false,
                        false,
                        false,
                        false,
                        false));
        out.println(
                "| variant | dev top-1 | dev top-3 | dev OOS rejected | dev wrongly rejected | CV top-1 | CV top-3 |"
                        + " CV OOS rejected | CV wrongly rejected |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        for (var e : variants.entrySet()) {
            Recognizer r = Recognizer.build(catalog, e.getValue(), Calibration.DEFAULT);
            EvalReport dv = EvalReport.of(
                    dev, dev.stream().map(c -> r.recognize(c.text())).toList());
            EvalReport cv = new CrossValidation(catalog, folds, seed).run(e.getValue(), Calibration.DEFAULT);
            out.printf(
                    Locale.ROOT,
                    "| %s | %.1f%% | %.1f%% | %.0f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% |%n",
                    e.getKey(),
                    100 * dv.top1Rate(),
                    100 * dv.top3Rate(),
                    100 * dv.outOfScopeRejectedRate(),
                    100 * dv.wronglyRejectedRate(),
                    100 * cv.top1Rate(),
                    100 * cv.top3Rate(),
                    100 * cv.outOfScopeRejectedRate(),
                    100 * cv.wronglyRejectedRate());
        }
    }
}
