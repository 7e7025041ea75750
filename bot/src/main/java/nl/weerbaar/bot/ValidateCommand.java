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
@Command(name = "validate", description = "Controleer een catalogusmap (zonder map: de meegeleverde catalogus).")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "MAP", description = "de catalogusmap")
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
                err.println("Map niet gevonden: " + folder.toAbsolutePath());
                return 1;
            }
            result = CatalogLoader.load(folder);
        }
        if (!result.isValid()) {
            err.println("De catalogus in " + result.source() + " is ONGELDIG: "
                    + result.problems().size() + (result.problems().size() == 1 ? " probleem." : " problemen."));
            for (Problem p : result.problems()) {
                err.println("  - " + p);
            }
            return 1;
        }
        Catalog c = result.orElseThrow();
        out.println("De catalogus in " + result.source() + " is geldig (versie " + c.versie() + ").");
        out.println(CatalogSummary.of(c));
        return 0;
    }
}
