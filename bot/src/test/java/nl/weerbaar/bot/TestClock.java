package nl.weerbaar.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock tests move forward: the system clock plus an offset (it keeps ticking, so retries and
 * polling work). One instance per JVM, so two application contexts in one test share the time.
 * Contexts get it through {@link Config}; reset the offset after the test.
 */
public final class TestClock extends Clock {
    public static final TestClock CLOCK = new TestClock();

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private TestClock() {}

    public void move(Duration d) {
        offset.updateAndGet(o -> o.plus(d));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Replaces the application's clock with {@link #CLOCK}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }
}
