package nl.weerbaar.bot.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;

/**
 * Keeps the database optional on the chat path. Recognition and answers need no database; what
 * the chat stores (feedback, unanswered questions, a chosen locatie, Teams conversation
 * references, Slack delivery ids) is done through {@link #optional}: when the database fails, the
 * work is skipped with one clear log line and the answer goes out anyway. After a failure no
 * request asks the database again until a background probe ({@code select 1}, then every {@code
 * weerbaar.database.pause}, default 5 s) has reached it: so a dead database costs one request its
 * connection timeout, once, and the chat recovers without a restart as soon as it is back. The probe
 * runs on Boot's {@code taskScheduler}, which stops with the application.
 */
@Component
public class Database {
    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private final JdbcClient jdbc;
    private final Duration pause;
    private final TaskScheduler prober;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong skipped = new AtomicLong();

    /**
     * @param pause time between probes while the database is down ({@code weerbaar.database.pause}, default 5 s)
     * @param prober runs the probes (Boot's {@code taskScheduler})
     */
    public Database(JdbcClient jdbc, @Value("${weerbaar.database.pause:PT5S}") Duration pause, TaskScheduler prober) {
        this.jdbc = jdbc;
        this.pause = pause;
        this.prober = prober;
    }

    /** Runs {@code work}; on a database failure (or while it is down) returns {@code fallback}. */
    public <T> T optional(String what, Supplier<T> work, T fallback) {
        if (down.get()) {
            skipped.incrementAndGet();
            log.debug("Database down: {} skipped", what);
            return fallback;
        }
        try {
            return work.get();
        } catch (DataAccessException | TransactionException e) {
            skipped.incrementAndGet();
            if (down.compareAndSet(false, true)) {
                log.warn(
                        "Database unavailable: {} skipped, answers go out without it ({}); probing every {} s",
                        what,
                        rootMessage(e),
                        pause.toMillis() / 1000.0);
                probeAfter(Duration.ZERO);
            }
            return fallback;
        }
    }

    private void probe() {
        try {
            jdbc.sql("select 1").query(Integer.class).single();
            down.set(false);
            log.info(
                    "Database available again; {} database step(s) were skipped while it was not",
                    skipped.getAndSet(0));
        } catch (RuntimeException stillDown) {
            log.debug("Database still unavailable: {}", rootMessage(stillDown));
            probeAfter(pause);
        }
    }

    private void probeAfter(Duration delay) {
        try {
            prober.schedule(this::probe, prober.getClock().instant().plus(delay));
        } catch (TaskRejectedException stopping) {
            log.debug("No database probe: the application is stopping");
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
        return down.get();
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
