package nl.weerbaar.bot.http;

import java.io.IOException;

/**
 * The server answered 429 or 5xx ({@link RetryPolicy#isTemporary}): it did not take the request
 * and may take it later, after its {@code Retry-After} if it named one. The message names the call
 * and the status, never the content.
 */
public final class TryAgainLater extends IOException {
    private final int status;
    private final transient String retryAfter;

    public TryAgainLater(String call, int status, String retryAfter) {
        super(call + ": HTTP " + status);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    /** The server's {@code Retry-After} header as sent, or null. */
    public String retryAfter() {
        return retryAfter;
    }
}
