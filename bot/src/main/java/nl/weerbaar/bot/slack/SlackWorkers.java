package nl.weerbaar.bot.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded pool that answers Slack off the request thread, so every request is acknowledged
 * well within Slack's three seconds. When it is full, {@link #submit} refuses and the caller
 * asks Slack to retry later.
 */
class SlackWorkers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackWorkers.class);

    /** The pool and its queue are full. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("all Slack workers are busy", null, false, false);
        }
    }

    private final ThreadPoolExecutor executor;

    SlackWorkers(int threads, int queueCapacity) {
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(
                threads,
                threads,
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity),
                r -> {
                    Thread t = new Thread(r, "slack-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs the work later; throws {@link Busy} when it cannot be taken on now. */
    void submit(String what, Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    // never log the user's text: only what failed
                    log.error("Slack {} failed: {}", what, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(20, TimeUnit.SECONDS)) {
            log.warn(
                    "Slack workers still busy at shutdown; {} answer(s) dropped",
                    executor.shutdownNow().size());
        }
    }
}
