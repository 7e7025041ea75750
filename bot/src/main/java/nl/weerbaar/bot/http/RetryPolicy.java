package nl.weerbaar.bot.http;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one retry policy of outgoing HTTP (Bot Connector, Slack Web API, signal delivery), each
 * with its own bounds.
 *
 * <p>What is tried again: a refused connection (nothing was sent) and an answer that says the
 * request did not take effect, 429 or 5xx ({@link TryAgainLater}). The wait before the next
 * attempt is the {@code Retry-After} the server named, at most {@code maxRetryAfter}, else an
 * exponential backoff from {@code initialBackoff} up to {@code maxBackoff}; at most {@code
 * maxAttempts} attempts in all. What is never tried again here: a timeout or a reset after the
 * request was written (the server may have acted on it: a message would arrive twice), and any
 * other failure.
 *
 * <p>{@link #call} runs the attempts at once, on the calling thread (Resilience4j Retry), for
 * replies; the signals outbox, which must survive a restart, keeps its attempts in the database
 * and asks {@link #waitAfter} when to try again.
 */
public final class RetryPolicy {
    private static final Logger log = LoggerFactory.getLogger(RetryPolicy.class);

    /** One attempt at a call. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws IOException;
    }

    private final String service;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Clock clock;
    private final RetryConfig config;

    /**
     * @param service who is called, for the log ("Slack", "Bot Connector")
     * @param maxAttempts attempts in all, at least 1
     * @param initialBackoff the wait after the first failure; doubled after each further one
     * @param maxBackoff the longest backoff
     * @param maxRetryAfter the longest wait for a server's Retry-After
     * @param clock the time an HTTP-date in Retry-After is counted from
     */
    public RetryPolicy(
            String service,
            int maxAttempts,
            Duration initialBackoff,
            Duration maxBackoff,
            Duration maxRetryAfter,
            Clock clock) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        this.service = service;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.maxRetryAfter = maxRetryAfter;
        this.clock = clock;
        this.config = RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .retryOnException(RetryPolicy::triedAgain)
                .intervalBiFunction((failed, outcome) -> waitAfter(
                                failed,
                                outcome.isLeft() && outcome.getLeft() instanceof TryAgainLater t
                                        ? t.retryAfter()
                                        : null)
                        .toMillis())
                .build();
    }

    /** Whether an HTTP status says the request did not take effect and may later: 429 and every 5xx. */
    public static boolean isTemporary(int status) {
        return status == 429 || (status >= 500 && status <= 599);
    }

    /** Whether {@link #call} tries again after this failure. */
    static boolean triedAgain(Throwable failure) {
        return failure instanceof TryAgainLater || failure instanceof ConnectException;
    }

    /** What went wrong, for a log line: {@code HTTP 503}, {@code connection refused}, or the exception's name. */
    public static String reason(Throwable failure) {
        if (failure instanceof TryAgainLater t) {
            return "HTTP " + t.status();
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        return failure.getClass().getSimpleName();
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /**
     * The wait after {@code failedAttempts} (1-based) failed attempts: the server's {@code
     * retryAfter} header when it is understood, at most {@code maxRetryAfter}; else the backoff.
     */
    public Duration waitAfter(int failedAttempts, String retryAfter) {
        return RetryAfter.parse(retryAfter, clock.instant())
                .map(wait -> wait.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : wait)
                .orElseGet(() -> backoff(failedAttempts));
    }

    private Duration backoff(int failedAttempts) {
        long millis = initialBackoff.toMillis() << Math.min(Math.max(failedAttempts - 1, 0), 20);
        return millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
    }

    /**
     * Runs {@code attempt} until it returns, fails in a way that is not tried again, or the
     * attempts are used up; each retry is logged with {@code what} (never with content).
     *
     * @throws IOException the last attempt's failure (the interrupt flag set when interrupted
     *     while waiting)
     */
    public <T> T call(String what, Attempt<T> attempt) throws IOException {
        Retry retry = Retry.of(what, config);
        retry.getEventPublisher()
                .onRetry(event -> log.info(
                        "{} {} got {}; attempt {} of {} in {} ms",
                        service,
                        what,
                        reason(event.getLastThrowable()),
                        event.getNumberOfRetryAttempts() + 1,
                        maxAttempts,
                        event.getWaitInterval().toMillis()));
        try {
            return Retry.decorateCheckedSupplier(retry, attempt::run).get();
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("an attempt threw " + e, e); // cannot happen: Attempt declares IOException
        }
    }
}
