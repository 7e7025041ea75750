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

    /** What the three commands share: the catalogue option and the streams they read and write. */
    abstract static class Opdracht implements Callable<Integer> {
        @Option(names = "--catalog", paramLabel = "MAP", description = CliTeksten.CATALOG_OPTIE)
        private String folder;

        final InputStream in;
        final PrintStream out;
        final PrintStream err;

        Opdracht(InputStream in, PrintStream out, PrintStream err) {
            this.in = in;
            this.out = out;
            this.err = err;
        }

        /** The arguments that name the catalogue folder, when one was given. */
        List<String> catalog() {
            List<String> args = new ArrayList<>();
            if (folder != null) {
                args.add("--catalog");
                args.add(folder);
            }
            return args;
        }
    }

    @Command(name = "recognize", description = CliTeksten.RECOGNIZE)
    static final class Recognize extends Opdracht {

        Recognize(InputStream in, PrintStream out, PrintStream err) {
            super(in, out, err);
        }

        @Override
        public Integer call() {
            return RecognizeCommand.run(catalog(), in, out, err);
        }
    }

    @Command(name = "evaluate", description = CliTeksten.EVALUATE)
    static final class Evaluate extends Opdracht {
        @Parameters(paramLabel = "BESTAND.jsonl", description = CliTeksten.EVALUATE_SET)
        private String file;

        Evaluate(InputStream in, PrintStream out, PrintStream err) {
            super(in, out, err);
        }

        @Override
        public Integer call() {
            List<String> args = catalog();
            args.add(0, file);
            return EvaluateCommand.run(args, in, out, err);
        }
    }

    @Command(name = "crossvalidate", description = CliTeksten.CROSSVALIDATE)
    static final class CrossValidate extends Opdracht {

        @Option(names = "--folds", paramLabel = "K", description = CliTeksten.CROSSVALIDATE_FOLDS)
        private Integer folds;

        @Option(names = "--fit", description = CliTeksten.CROSSVALIDATE_FIT)
        private boolean fit;

        @Option(names = "--ablation", paramLabel = "DEV.jsonl", description = CliTeksten.CROSSVALIDATE_ABLATION)
        private String ablation;

        CrossValidate(InputStream in, PrintStream out, PrintStream err) {
            super(in, out, err);
        }

        @Override
        public Integer call() {
            List<String> args = catalog();
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
