package nl.weerbaar.bot.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Extension point: the gauges {@code weerbaar_signalen_outbox} and {@code
 * weerbaar_escalaties_open}, registered only when a {@link SignaalStatistieken} bean exists (none
 * yet, so nothing is registered). Counts only; no signal text.
 */
@Component
class SignaalMetingen {
    SignaalMetingen(ObjectProvider<SignaalStatistieken> statistieken, MeterRegistry registry) {
        SignaalStatistieken s = statistieken.getIfAvailable();
        if (s == null) {
            return;
        }
        Gauge.builder("weerbaar.signalen.outbox", () -> s.outboxAchterstand().orElse(-1))
                .description("Signals waiting in the outbox")
                .register(registry);
        Gauge.builder("weerbaar.escalaties.open", () -> s.openEscalaties().orElse(-1))
                .description("Escalations not yet picked up")
                .register(registry);
    }
}
