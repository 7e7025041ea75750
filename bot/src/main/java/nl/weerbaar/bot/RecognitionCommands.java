package nl.weerbaar.bot;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.weerbaar.search.cli.CrossValidateCommand;
import nl.weerbaar.search.cli.EvaluateCommand;
import nl.weerbaar.search.cli.RecognizeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The recognition tools of search-index on the command line: picocli checks the options and gives
 * the usage and help; the command of search-index does the work with the same arguments.
 */
final class RecognitionCommands {
    private RecognitionCommands() {}

    private static List<String> catalog(String folder) {
        List<String> args = new ArrayList<>();
        if (folder != null) {
            args.add("--catalog");
            args.add(folder);
        }
        return args;
    }

    @Command(
            name = "recognize",
            description = "Herken knelpunten in zinnen van stdin (UTF-8), één JSON-regel per zin op stdout.")
    static final class Recognize implements Callable<Integer> {
        @Option(names = "--catalog", paramLabel = "MAP", description = "catalogusmap (standaard de meegeleverde)")
        private String folder;

        private final InputStream in;
        private final PrintStream out;
        private final PrintStream err;

        Recognize(InputStream in, PrintStream out, PrintStream err) {
            this.in = in;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            return RecognizeCommand.run(catalog(folder), in, out, err);
        }
    }

    @Command(name = "evaluate", description = "Meet de herkenning op een evaluatieset (JSON Lines).")
    static final class Evaluate implements Callable<Integer> {
        @Parameters(paramLabel = "BESTAND.jsonl", description = "de evaluatieset")
        private String file;

        @Option(names = "--catalog", paramLabel = "MAP", description = "catalogusmap (standaard de meegeleverde)")
        private String folder;

        private final InputStream in;
        private final PrintStream out;
        private final PrintStream err;

        Evaluate(InputStream in, PrintStream out, PrintStream err) {
            this.in = in;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            List<String> args = catalog(folder);
            args.add(0, file);
            return EvaluateCommand.run(args, in, out, err);
        }
    }

    @Command(name = "crossvalidate", description = "Kruisvalidatie over de voorbeeldzinnen van de catalogus.")
    static final class CrossValidate implements Callable<Integer> {
        @Option(names = "--catalog", paramLabel = "MAP", description = "catalogusmap (standaard de meegeleverde)")
        private String folder;

        @Option(names = "--folds", paramLabel = "K", description = "aantal delen (standaard 5)")
        private Integer folds;

        @Option(names = "--fit", description = "bepaal ook de kalibratie")
        private boolean fit;

        @Option(
                names = "--ablation",
                paramLabel = "DEV.jsonl",
                description = "ook de ablatietabel van de analyseketen op deze set")
        private String ablation;

        private final InputStream in;
        private final PrintStream out;
        private final PrintStream err;

        CrossValidate(InputStream in, PrintStream out, PrintStream err) {
            this.in = in;
            this.out = out;
            this.err = err;
        }

        @Override
        public Integer call() {
            List<String> args = catalog(folder);
            if (folds != null) {
                args.addAll(List.of("--folds", folds.toString()));
            }
            if (fit) {
                args.add("--fit");
            }
            if (ablation != null) {
                args.addAll(List.of("--ablation", ablation));
            }
            return CrossValidateCommand.run(args, in, out, err);
        }
    }
}
