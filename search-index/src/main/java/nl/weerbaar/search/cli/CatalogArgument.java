package nl.weerbaar.search.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.LoadResult;
import nl.weerbaar.catalog.Problem;
import nl.weerbaar.search.IndexBuildException;
import nl.weerbaar.search.Recognizer;

/** Shared handling of "--catalog FOLDER": load, validate, build; problems go to stderr. */
final class CatalogArgument {
    private CatalogArgument() {}

    /** The value after {@code --catalog}, if given. */
    static Optional<String> folder(List<String> args) {
        int i = args.indexOf("--catalog");
        return i < 0 || i + 1 >= args.size() ? Optional.empty() : Optional.of(args.get(i + 1));
    }

    /** The catalogue (bundled when no folder is given), or empty after writing the problems to err. */
    static Optional<Catalog> load(Optional<String> folder, PrintStream err) {
        LoadResult result = folder.map(f -> CatalogLoader.load(Path.of(f))).orElseGet(CatalogLoader::loadBundled);
        if (!result.isValid()) {
            err.println("De catalogus " + result.source() + " is ongeldig:");
            for (Problem p : result.problems()) {
                err.println("  " + p);
            }
            return Optional.empty();
        }
        return result.catalog();
    }

    /** The recogniser for the catalogue, or empty after writing the reason to err. */
    static Optional<Recognizer> recognizer(Optional<String> folder, PrintStream err) {
        Optional<Catalog> catalog = load(folder, err);
        if (catalog.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Recognizer.build(catalog.get()));
        } catch (IndexBuildException e) {
            err.println("De herkenning kon niet worden opgebouwd: " + e.getMessage());
            return Optional.empty();
        }
    }
}
