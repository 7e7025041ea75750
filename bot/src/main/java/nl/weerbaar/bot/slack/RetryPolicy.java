package nl.weerbaar.bot.slack;

import java.time.Duration;

/**
 * When to try a Web API call again: on 429 after the Retry-After Slack names, on 5xx and network
 * errors after an exponential backoff; never more than {@code maxAttempts} in all.
 */
record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    /** A Retry-After larger than this is not waited for: the reply would be too late to help. */
    static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

    /** The wait after the given failed attempt (1-based) with a 5xx or network error. */
    Duration backoff(int attempt) {
        long millis = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        return millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
    }

    /** The wait Slack asks for in a Retry-After header (seconds); the backoff when absent or odd. */
    Duration retryAfter(String header, int attempt) {
        try {
            long seconds = Long.parseLong(header.strip());
            if (seconds >= 0) {
                Duration wait = Duration.ofSeconds(seconds);
                return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
            }
        } catch (NullPointerException | NumberFormatException e) {
            // fall through to the backoff
        }
        return backoff(attempt);
    }
}
