package nl.weerbaar.bot.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.CatalogSource;
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

    /**
     * A validated catalogue with its recogniser, ready to be served; or, when {@code recognizer} is
     * null, the problems that keep it from being served.
     */
    public record Prepared(LoadResult result, Recognizer recognizer, Duration loadTime) {
        public boolean isValid() {
            return recognizer != null;
        }

        public List<Problem> problems() {
            return result.problems();
        }

        public Catalog catalog() {
            return result.orElseThrow();
        }
    }

    /** The configured source: the admin's folder, or the catalogue bundled in the jar. */
    public CatalogSource configuredSource() {
        return properties.path() == null ? CatalogSource.bundled() : CatalogSource.folder(properties.path());
    }

    /** The admin's catalogue folder, when one is configured. */
    public Optional<java.nio.file.Path> configuredFolder() {
        return Optional.ofNullable(properties.path());
    }

    /** Loads, validates and indexes a catalogue without serving it. */
    public Prepared prepare(CatalogSource source) {
        Instant start = clock.instant();
        LoadResult result = CatalogLoader.load(source);
        if (!result.isValid()) {
            return new Prepared(result, null, Duration.between(start, clock.instant()));
        }
        try {
            Recognizer recognizer = Recognizer.build(result.orElseThrow());
            return new Prepared(result, recognizer, Duration.between(start, clock.instant()));
        } catch (IndexBuildException e) {
            List<Problem> problems = List.of(new Problem("synoniemen.txt", "", 0, e.getMessage()));
            return new Prepared(
                    new LoadResult(result.source(), Optional.empty(), problems),
                    null,
                    Duration.between(start, clock.instant()));
        }
    }

    /**
     * Serves a prepared catalogue from now on: one atomic swap, so every reply is built from
     * either the old or the new version. An invalid one is refused and the old one keeps serving.
     */
    public void install(Prepared prepared, String source) {
        if (!prepared.isValid()) {
            refuse(prepared.result().source(), prepared.problems());
            return;
        }
        Catalog catalog = prepared.catalog();
        state.set(new State.Loaded(
                new CatalogSnapshot(catalog, prepared.recognizer(), source, clock.instant()), prepared.loadTime()));
        loadLog.record(catalog, source);
        log.info(
                "Catalogue {} loaded from {}: {} ({} ms)",
                catalog.versie(),
                source,
                CatalogSummary.of(catalog),
                prepared.loadTime().toMillis());
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
