package nl.weerbaar.bot.signals;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The gauges {@code weerbaar_signalen_outbox} and {@code weerbaar_escalaties_open}. Counts only; no
 * signal text.
 */
@Component
class SignaalMetingen {
    SignaalMetingen(SignaalStatistieken statistieken, MeterRegistry registry) {
        Gauge.builder("weerbaar.signalen.outbox", statistieken::outboxAchterstand)
                .description("Signals waiting in the outbox")
                .register(registry);
        Gauge.builder("weerbaar.escalaties.open", statistieken::openEscalaties)
                .description("Escalations not yet picked up")
                .register(registry);
    }
}
