package nl.weerbaar.bot.signals;

/**
 * A delivery to Teams or Slack failed. Temporary failures (5xx, 429, timeouts, network errors)
 * are tried again by the outbox as the delivery's {@link nl.weerbaar.bot.http.RetryPolicy} says,
 * honouring the Retry-After the service named; permanent ones are not. The message names the call
 * and status only, never the signal's content.
 */
public final class BezorgFout extends RuntimeException {
    private final boolean tijdelijk;
    private final transient String retryAfter;

    private BezorgFout(String message, boolean tijdelijk, String retryAfter) {
        super(message, null, false, false);
        this.tijdelijk = tijdelijk;
        this.retryAfter = retryAfter;
    }

    /** A failure worth another attempt; {@code retryAfter} is the service's Retry-After header, or null. */
    public static BezorgFout tijdelijk(String message, String retryAfter) {
        return new BezorgFout(message, true, retryAfter);
    }

    public static BezorgFout definitief(String message) {
        return new BezorgFout(message, false, null);
    }

    public boolean isTijdelijk() {
        return tijdelijk;
    }

    /** The service's Retry-After header as sent, or null. */
    public String retryAfter() {
        return retryAfter;
    }
}
