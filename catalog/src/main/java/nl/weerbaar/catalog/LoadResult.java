package nl.weerbaar.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading a catalogue folder: either a complete catalogue, or every problem found.
 * A catalogue with any problem is never returned, not even in part.
 */
public record LoadResult(String source, Optional<Catalog> catalog, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
        if (catalog.isPresent() == !problems.isEmpty()) {
            // both or neither would be a bug in the loader
            throw new IllegalArgumentException("a load result has either a catalogue or problems");
        }
    }

    static LoadResult ok(String source, Catalog catalog) {
        return new LoadResult(source, Optional.of(catalog), List.of());
    }

    static LoadResult failed(String source, List<Problem> problems) {
        return new LoadResult(source, Optional.empty(), problems);
    }

    public boolean isValid() {
        return catalog.isPresent();
    }

    public Catalog orElseThrow() {
        return catalog.orElseThrow(() -> new CatalogException(source, problems));
    }
}
