package nl.weerbaar.catalog;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@link LoadResult#orElseThrow()} when a catalogue folder has problems. */
public final class CatalogException extends RuntimeException {
    private final transient List<Problem> problems;

    public CatalogException(String source, List<Problem> problems) {
        super("De catalogus in " + source + " heeft " + problems.size() + " probleem/problemen:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
