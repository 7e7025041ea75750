package nl.weerbaar.bot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    static final Instant NOW = Instant.parse("2015-10-21T07:27:00Z");

    @Test
    void secondsAreTheWait() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(5)), RetryAfter.parse(" 5 ", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("0", NOW));
    }

    @Test
    void anHttpDateIsTheWaitFromNow() {
        assertEquals(Optional.of(Duration.ofSeconds(60)), RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW));
        assertEquals(
                Optional.of(Duration.ofHours(1).plusSeconds(30)),
                RetryAfter.parse("Wed, 21 Oct 2015 08:27:30 GMT", NOW));
    }

    @Test
    void anHttpDateThatHasPassedAsksForNoWait() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "-1", "+5", "1.5", "soon", "21 Oct 2015", "99999999999999999999999"})
    void anythingElseIsNoRetryAfter(String header) {
        assertEquals(Optional.empty(), RetryAfter.parse(header, NOW));
    }
}
