package nl.weerbaar.search;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.weerbaar.catalog.Catalog;

/**
 * Serves recognition while the catalogue can be replaced at run time.
 *
 * <p>Why an {@link AtomicReference} and not Lucene's SearcherManager with acquire/release: a
 * {@link Recognizer} owns an in-memory index (ByteBuffersDirectory) that is completely built,
 * committed and opened before the constructor returns, and is never written to afterwards. Readers
 * therefore never see a half-built index: the reference only ever points at a finished recogniser.
 * Nothing needs to be released on a swap either: the old index holds only heap memory and files
 * nobody else can touch, so a request still running on it finishes normally and the garbage
 * collector reclaims it once the last request lets go. Each call reads the reference exactly once,
 * so one recognition comes wholly from one catalogue. Concurrent {@code reindex} calls are
 * serialised so that the last one to finish is the one that serves.
 */
public final class RecognizerHolder {
    private final AtomicReference<Recognizer> current;
    private final Object reindexLock = new Object();

    public RecognizerHolder(Recognizer initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial recogniser"));
    }

    /** Recognises with the recogniser serving at the start of the call, for the whole call. */
    public Recognition recognize(String text) {
        return current.get().recognize(text);
    }

    public Recognizer current() {
        return current.get();
    }

    /**
     * Builds a recogniser for the catalogue and, only when that succeeds, makes it the one that
     * serves. When the build fails the old recogniser keeps serving and the result says why.
     */
    public ReindexResult reindex(Catalog catalog) {
        synchronized (reindexLock) {
            long start = System.nanoTime();
            try {
                Recognizer next = Recognizer.build(catalog);
                current.set(next);
                return new ReindexResult(true, next.catalogVersion(), next.buildTime(), Optional.empty());
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                return new ReindexResult(
                        false,
                        current.get().catalogVersion(),
                        Duration.ofNanos(System.nanoTime() - start),
                        Optional.of(why));
            }
        }
    }
}
