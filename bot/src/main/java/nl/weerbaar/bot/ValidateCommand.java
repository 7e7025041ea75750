package nl.weerbaar.bot;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.weerbaar.bot.catalog.CatalogSummary;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.LoadResult;
import nl.weerbaar.catalog.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate [map]}: checks a catalogue folder (or the bundled catalogue) and prints its counts. */
@Command(name = "validate", description = CliTeksten.VALIDATE)
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "MAP", description = CliTeksten.VALIDATE_MAP)
    private Path folder;

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        LoadResult result;
        if (folder == null) {
            result = CatalogLoader.loadBundled();
        } else {
            if (!Files.isDirectory(folder)) {
                err.println(CliTeksten.mapNietGevonden(folder.toAbsolutePath()));
                return 1;
            }
            result = CatalogLoader.load(folder);
        }
        if (!result.isValid()) {
            err.println(CliTeksten.ongeldig(result.source(), result.problems().size()));
            for (Problem p : result.problems()) {
                err.println("  - " + p);
            }
            return 1;
        }
        Catalog c = result.orElseThrow();
        out.println(CliTeksten.geldig(result.source(), c.versie()));
        out.println(CatalogSummary.of(c));
        return 0;
    }
}
