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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Holds the catalogue the application serves. A load that finds problems never replaces the
 * catalogue being served; before the first successful load the application is not ready.
 */
@Service
public class CatalogService {
    private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

    /** What the application serves now, or why it serves nothing yet. */
    public sealed interface State {
        record Loading() implements State {}

        record Loaded(Catalog catalog, String source, Instant loadedAt, Duration loadTime) implements State {}

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

    /** The catalogue being served, if one has loaded. */
    public Optional<Catalog> current() {
        return state.get() instanceof State.Loaded loaded ? Optional.of(loaded.catalog()) : Optional.empty();
    }

    /** Loads the configured catalogue; on problems keeps serving the previous one. */
    public LoadResult reload() {
        Instant start = clock.instant();
        LoadResult result =
                properties.path() == null ? CatalogLoader.loadBundled() : CatalogLoader.load(properties.path());
        if (result.isValid()) {
            Catalog catalog = result.orElseThrow();
            Duration took = Duration.between(start, clock.instant());
            state.set(new State.Loaded(catalog, result.source(), clock.instant(), took));
            loadLog.record(catalog, result.source());
            log.info(
                    "Catalogue {} loaded from {}: {} ({} ms)",
                    catalog.versie(),
                    result.source(),
                    CatalogSummary.of(catalog),
                    took.toMillis());
        } else {
            state.updateAndGet(previous ->
                    previous instanceof State.Loaded ? previous : new State.Failed(result.source(), result.problems()));
            log.error(
                    "Catalogue in {} has {} problem(s); {}:\n{}",
                    result.source(),
                    result.problems().size(),
                    current().isPresent() ? "the previous catalogue keeps serving" : "nothing to serve yet",
                    String.join(
                            "\n",
                            result.problems().stream().map(p -> "  - " + p).toList()));
        }
        return result;
    }
}
