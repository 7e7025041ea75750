package nl.weerbaar.bot.slack;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The bounded pool that answers Slack off the request thread, so every request is acknowledged
 * well within Slack's three seconds: a {@link ThreadPoolTaskExecutor} from Boot's builder (with
 * its task decorators), of its own size. When it is full, {@link #submit} refuses and the caller
 * asks Slack to retry later.
 */
class SlackWorkers implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackWorkers.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(20);

    /** The pool and its queue are full. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("all Slack workers are busy", null, false, false);
        }
    }

    private final ThreadPoolTaskExecutor executor;

    SlackWorkers(ThreadPoolTaskExecutorBuilder builder, int threads, int queueCapacity) {
        this.executor = builder.corePoolSize(threads)
                .maxPoolSize(threads)
                .queueCapacity(queueCapacity)
                .allowCoreThreadTimeOut(false)
                .threadNamePrefix("slack-worker-")
                .build();
        executor.setDaemon(true);
        executor.initialize();
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
        } catch (TaskRejectedException e) {
            throw new Busy();
        }
    }

    /**
     * Whether no answer is waiting or being worked on: every request taken on so far has been
     * answered (or failed). What a test awaits before it asserts that nothing (more) was sent.
     */
    boolean idle() {
        ThreadPoolExecutor pool = executor.getThreadPoolExecutor();
        return pool.getQueue().isEmpty()
                && pool.getActiveCount() == 0
                && pool.getCompletedTaskCount() == pool.getTaskCount();
    }

    /** Lets the answers in progress and in the queue finish, for at most 20 s; the rest are dropped. */
    @Override
    public void close() throws InterruptedException {
        ThreadPoolExecutor pool = executor.getThreadPoolExecutor();
        pool.shutdown();
        if (!pool.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn(
                    "Slack workers still busy at shutdown; {} answer(s) dropped",
                    pool.shutdownNow().size());
        }
    }
}
