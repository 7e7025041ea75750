package nl.weerbaar.bot.teams;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a Bot Connector call when it certainly or by the connector's own word did not take
 * effect: a refused connection (nothing was sent), 429 (after the Retry-After the connector names,
 * capped), and 500/502/503/504 (exponential backoff). Not retried: a read timeout or a reset
 * after the request was sent, since the reply may have been delivered and must not arrive twice.
 * Replaces the SDK's own retry, which repeats 5xx at once and ignores 429 and refused connections.
 */
final class ConnectorRetry implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(ConnectorRetry.class);

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    ConnectorRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            String reason;
            try {
                Response response = chain.proceed(request);
                int code = response.code();
                boolean retryable = code == 429 || code == 500 || code == 502 || code == 503 || code == 504;
                if (!retryable || attempt >= maxAttempts) {
                    return response;
                }
                wait = code == 429 ? retryAfter(response.header("Retry-After"), attempt) : backoff(attempt);
                reason = "HTTP " + code;
                response.close();
            } catch (ConnectException e) {
                if (attempt >= maxAttempts) {
                    throw e;
                }
                wait = backoff(attempt);
                reason = "connection refused";
            }
            log.info(
                    "Bot Connector {} {} got {}; attempt {} of {} in {} ms",
                    request.method(),
                    request.url().encodedPath(),
                    reason,
                    attempt + 1,
                    maxAttempts,
                    wait.toMillis());
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to retry the Bot Connector");
            }
        }
    }

    Duration backoff(int attempt) {
        long millis = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        return millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
    }

    /** The connector's Retry-After in seconds, capped at {@code maxBackoff}; the backoff when absent or odd. */
    Duration retryAfter(String header, int attempt) {
        try {
            long seconds = Long.parseLong(header.strip());
            if (seconds >= 0) {
                Duration wait = Duration.ofSeconds(seconds);
                return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
            }
        } catch (NullPointerException | NumberFormatException e) {
            // fall through to the backoff
        }
        return backoff(attempt);
    }
}
