package nl.weerbaar.search.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.search.EvalCase;
import nl.weerbaar.search.Tuning;

/**
 * {@code crossvalidate [--catalog FOLDER] [--folds K] [--fit] [--ablation DEV.jsonl]}: k-fold
 * cross-validation over the catalogue's own example phrasings; optionally the calibration fit and
 * the ablation table of the analysis chain. These produce the numbers in RECOGNITION.md.
 */
public final class CrossValidateCommand {
    private CrossValidateCommand() {}

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        Optional<Catalog> catalog = CatalogArgument.load(CatalogArgument.folder(args), err);
        if (catalog.isEmpty()) {
            return 1;
        }
        int folds = 5;
        int i = args.indexOf("--folds");
        if (i >= 0 && i + 1 < args.size()) {
            try {
                folds = Integer.parseInt(args.get(i + 1));
            } catch (NumberFormatException e) {
                err.println("--folds verwacht een getal");
                return 2;
            }
        }
        Tuning tuning = new Tuning(catalog.get(), folds, 42);
        out.println("cross-validation, " + folds + " folds, seed 42");
        tuning.crossValidate().print(out);
        if (args.contains("--fit")) {
            out.println();
            tuning.fit(out);
        }
        int a = args.indexOf("--ablation");
        if (a >= 0 && a + 1 < args.size()) {
            List<EvalCase> dev;
            try {
                dev = EvaluateCommand.read(Path.of(args.get(a + 1)));
            } catch (IOException | EvaluateCommand.BadLineException e) {
                err.println(e.getMessage());
                return 2;
            }
            out.println();
            tuning.ablation(dev, out);
        }
        return 0;
    }
}
