package nl.weerbaar.bot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2015-10-21T07:27:00Z"), ZoneOffset.UTC);

    /** Waits of a millisecond or two: the tests count attempts, not time. */
    static RetryPolicy quick(int maxAttempts) {
        return new RetryPolicy("Test", maxAttempts, Duration.ofMillis(1), Duration.ofMillis(2), Duration.ZERO, CLOCK);
    }

    @Test
    void waitsForRetryAfterUpToItsCapAndOtherwiseBacksOffExponentiallyWithinBounds() {
        RetryPolicy policy =
                new RetryPolicy("Test", 5, Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofMinutes(2), CLOCK);

        assertEquals(Duration.ofSeconds(1), policy.waitAfter(1, "1"));
        assertEquals(Duration.ofMinutes(2), policy.waitAfter(1, "3600"), "capped");
        assertEquals(Duration.ofSeconds(60), policy.waitAfter(1, "Wed, 21 Oct 2015 07:28:00 GMT"));
        assertEquals(Duration.ofMillis(1000), policy.waitAfter(2, null), "no header: the backoff");
        assertEquals(Duration.ofMillis(1000), policy.waitAfter(2, "soon"), "an odd header: the backoff");
        assertEquals(
                List.of(500L, 1000L, 2000L, 4000L, 4000L),
                IntStream.rangeClosed(1, 5)
                        .mapToObj(a -> policy.waitAfter(a, null).toMillis())
                        .toList());
    }

    @Test
    void tooManyRequestsAndServerErrorsAreTemporaryOtherAnswersAreNot() {
        for (int status : new int[] {429, 500, 502, 503, 504, 599}) {
            assertTrue(RetryPolicy.isTemporary(status), "HTTP " + status);
        }
        for (int status : new int[] {200, 201, 301, 400, 401, 403, 404, 409, 413}) {
            assertFalse(RetryPolicy.isTemporary(status), "HTTP " + status);
        }
    }

    @Test
    void aTemporaryAnswerIsTriedAgainUntilTheCallSucceeds() throws IOException {
        AtomicInteger attempts = new AtomicInteger();

        String result = quick(4).call("POST /x", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new TryAgainLater("x", 503, null);
            }
            return "ok";
        });

        assertEquals("ok", result);
        assertEquals(3, attempts.get());
    }

    @Test
    void aRefusedConnectionIsTriedAgainUpToTheLastAttemptWhoseFailureIsThrown() {
        AtomicInteger attempts = new AtomicInteger();
        ConnectException last = new ConnectException("refused");

        ConnectException thrown = assertThrows(
                ConnectException.class,
                () -> quick(4).call("POST /x", () -> {
                    attempts.incrementAndGet();
                    throw last;
                }));

        assertSame(last, thrown);
        assertEquals(4, attempts.get());
    }

    @Test
    void aTimeoutAfterTheRequestWasSentIsNeverTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(
                SocketTimeoutException.class,
                () -> quick(4).call("POST /x", () -> {
                    attempts.incrementAndGet();
                    throw new SocketTimeoutException("Read timed out");
                }));

        assertEquals(1, attempts.get(), "the server may have acted on it: sending again could post it twice");
    }

    @Test
    void anyOtherFailureIsNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(
                IllegalStateException.class,
                () -> quick(4).call("POST /x", () -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("refused for good");
                }));

        assertEquals(1, attempts.get());
    }

    @Test
    void oneAttemptMeansNoRetry() {
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(
                TryAgainLater.class,
                () -> quick(1).call("POST /x", () -> {
                    attempts.incrementAndGet();
                    throw new TryAgainLater("x", 429, "0");
                }));

        assertEquals(1, attempts.get());
    }

    @Test
    void theCallWaitsForTheRetryAfterTheServerNamedNotTheBackoff() throws IOException {
        // no backoff at all: only the server's Retry-After (1 s, capped at 300 ms) can make it wait
        RetryPolicy policy =
                new RetryPolicy("Test", 2, Duration.ZERO, Duration.ZERO, Duration.ofMillis(300), Clock.systemUTC());
        AtomicInteger attempts = new AtomicInteger();

        long start = System.nanoTime();
        policy.call("POST /x", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new TryAgainLater("x", 429, "1");
            }
            return "ok";
        });
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(2, attempts.get());
        assertTrue(millis >= 300, "waited " + millis + " ms");
    }

    @Test
    void theReasonNamesTheStatusOrTheRefusal() {
        assertEquals("HTTP 503", RetryPolicy.reason(new TryAgainLater("x", 503, null)));
        assertEquals("connection refused", RetryPolicy.reason(new ConnectException()));
        assertEquals("SocketTimeoutException", RetryPolicy.reason(new SocketTimeoutException()));
    }
}
