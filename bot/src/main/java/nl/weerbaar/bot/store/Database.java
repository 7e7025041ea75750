package nl.weerbaar.bot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Keeps the database optional on the chat path. Recognition and answers need no database; what
 * the chat stores (feedback, unanswered questions, a chosen locatie, Teams conversation
 * references, Slack delivery ids) is done through {@link #optional}: when the database fails, the
 * work is skipped with one clear log line and the answer goes out anyway. After a failure the
 * database is not asked again for {@code weerbaar.database.pause} (5 s), so that a dead database costs the chat no
 * connection timeouts; the first call after the pause tries again, which is how it recovers
 * without a restart.
 */
@Component
public class Database {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private final Clock clock;
    private final Duration pause;
    private volatile Instant pausedUntil = Instant.MIN;
    private volatile boolean down;
    private final AtomicLong skipped = new AtomicLong();

    /** @param pause how long the database is not asked after a failure ({@code weerbaar.database.pause}, default 5 s) */
    public Database(Clock clock, @Value("${weerbaar.database.pause:PT5S}") Duration pause) {
        this.clock = clock;
        this.pause = pause;
    }

    /** Runs {@code work}; on a database failure (or while paused after one) returns {@code fallback}. */
    public <T> T optional(String what, Supplier<T> work, T fallback) {
        if (clock.instant().isBefore(pausedUntil)) {
            skipped.incrementAndGet();
            log.debug("Database paused after a failure: {} skipped", what);
            return fallback;
        }
        try {
            T result = work.get();
            if (down) {
                down = false;
                log.info(
                        "Database available again; {} database step(s) were skipped while it was not",
                        skipped.getAndSet(0));
            }
            return result;
        } catch (DataAccessException | TransactionException e) {
            pausedUntil = clock.instant().plus(pause);
            down = true;
            skipped.incrementAndGet();
            log.warn(
                    "Database unavailable: {} skipped, the answer goes out without it ({}); next try in {} s",
                    what,
                    rootMessage(e),
                    pause.toMillis() / 1000.0);
            return fallback;
        }
    }

    /** {@link #optional} for work without a result. */
    public void optional(String what, Runnable work) {
        optional(
                what,
                () -> {
                    work.run();
                    return null;
                },
                null);
    }

    /** True while the database is known to have failed and not yet recovered. */
    public boolean down() {
        return down;
    }

    /** The innermost cause as "Type: message", for a log line. */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
