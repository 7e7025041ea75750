package nl.weerbaar.bot.signals;

import java.time.Duration;

/**
 * A delivery to Teams or Slack failed. Temporary failures (5xx, 429, timeouts, network errors)
 * are retried with backoff, honouring the Retry-After the service named; permanent ones are not.
 * The message names the call and status only, never the signal's content.
 */
public final class BezorgFout extends RuntimeException {
    private final boolean tijdelijk;
    private final transient Duration retryAfter;

    private BezorgFout(String message, boolean tijdelijk, Duration retryAfter) {
        super(message, null, false, false);
        this.tijdelijk = tijdelijk;
        this.retryAfter = retryAfter;
    }

    public static BezorgFout tijdelijk(String message, Duration retryAfter) {
        return new BezorgFout(message, true, retryAfter);
    }

    public static BezorgFout definitief(String message) {
        return new BezorgFout(message, false, null);
    }

    public boolean isTijdelijk() {
        return tijdelijk;
    }

    /** The wait the service asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** A Retry-After header in seconds; null when absent or not a number. */
    public static Duration parseRetryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds >= 0 ? Duration.ofSeconds(Math.min(seconds, 3600)) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
