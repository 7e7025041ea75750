package nl.weerbaar.bot.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.weerbaar.bot.CatalogSummary;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.LoadResult;
import nl.weerbaar.catalog.Problem;
import nl.weerbaar.search.IndexBuildException;
import nl.weerbaar.search.Recognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Holds the catalogue and recogniser the application serves. A catalogue with problems, or one
 * whose index cannot be built, never replaces the one being served; before the first successful
 * load the application is not ready.
 */
@Service
public class CatalogService {
    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    /** What the application serves now, or why it serves nothing yet. */
    public sealed interface State {
        record Loading() implements State {}

        record Loaded(CatalogSnapshot snapshot, Duration loadTime) implements State {}

        record Failed(String source, List<Problem> problems) implements State {}
    }

    private final CatalogProperties properties;
    private final CatalogLoadLog loadLog;
    private final Clock clock;
    private final AtomicReference<State> state = new AtomicReference<>(new State.Loading());

    public CatalogService(CatalogProperties properties, CatalogLoadLog loadLog, Clock clock) {
        this.properties = properties;
        this.loadLog = loadLog;
        this.clock = clock;
    }

    public State state() {
        return state.get();
    }

    /** The snapshot being served, if one has loaded. */
    public Optional<CatalogSnapshot> snapshot() {
        return state.get() instanceof State.Loaded loaded ? Optional.of(loaded.snapshot()) : Optional.empty();
    }

    /** The catalogue being served, if one has loaded. */
    public Optional<Catalog> current() {
        return snapshot().map(CatalogSnapshot::catalog);
    }

    /** Loads the configured catalogue and builds its index; on any problem keeps the previous one. */
    public LoadResult reload() {
        Instant start = clock.instant();
        LoadResult result =
                properties.path() == null ? CatalogLoader.loadBundled() : CatalogLoader.load(properties.path());
        if (!result.isValid()) {
            refuse(result.source(), result.problems());
            return result;
        }
        Catalog catalog = result.orElseThrow();
        Recognizer recognizer;
        try {
            recognizer = Recognizer.build(catalog);
        } catch (IndexBuildException e) {
            List<Problem> problems = List.of(new Problem("synoniemen.txt", "", 0, e.getMessage()));
            refuse(result.source(), problems);
            return new LoadResult(result.source(), Optional.empty(), problems);
        }
        Duration took = Duration.between(start, clock.instant());
        state.set(new State.Loaded(new CatalogSnapshot(catalog, recognizer, result.source(), clock.instant()), took));
        loadLog.record(catalog, result.source());
        log.info(
                "Catalogue {} loaded from {}: {} ({} ms)",
                catalog.versie(),
                result.source(),
                CatalogSummary.of(catalog),
                took.toMillis());
        return result;
    }

    private void refuse(String source, List<Problem> problems) {
        state.updateAndGet(
                previous -> previous instanceof State.Loaded ? previous : new State.Failed(source, problems));
        log.error(
                "Catalogue in {} has {} problem(s); {}:\n{}",
                source,
                problems.size(),
                snapshot().isPresent() ? "the previous catalogue keeps serving" : "nothing to serve yet",
                String.join("\n", problems.stream().map(p -> "  - " + p).toList()));
    }
}
