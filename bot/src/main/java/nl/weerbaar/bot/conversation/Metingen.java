package nl.weerbaar.bot.conversation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.search.Decision;
import org.springframework.stereotype.Component;

/**
 * The conversation's metrics for Prometheus. Tags are only the channel and the decision: never a
 * text, a user, a locatie or a knelpunt.
 *
 * <ul>
 *   <li>{@code weerbaar_berichten_total{kanaal}}: messages per channel
 *   <li>{@code weerbaar_herkenningen_total{besluit}}: recognitions per decision (ANSWER, ASK,
 *       DONT_KNOW, or INFORMATIE for a question answered from informatie.yaml: a greeting or a
 *       contact question is not one the bot did not know); the don't-know rate is DONT_KNOW over
 *       the sum
 *   <li>{@code weerbaar_herkenning_duur_seconds}: recognition latency, a histogram
 * </ul>
 */
@Component
public class Metingen {
    static final String INFORMATIE = "INFORMATIE";
    private final MeterRegistry registry;
    private final Timer herkenningDuur;

    Metingen(MeterRegistry registry) {
        this.registry = registry;
        this.herkenningDuur = Timer.builder("weerbaar.herkenning.duur")
                .description("Time to recognise the knelpunt in one message")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(2))
                .register(registry);
        for (Kanaal kanaal : Kanaal.values()) {
            bericht(kanaal, 0);
        }
        for (Decision besluit : Decision.values()) {
            herkenningen(besluit.name());
        }
        herkenningen(INFORMATIE);
    }

    void bericht(Kanaal kanaal) {
        bericht(kanaal, 1);
    }

    private void bericht(Kanaal kanaal, int aantal) {
        Counter.builder("weerbaar.berichten")
                .description("Messages received, per channel")
                .tag("kanaal", kanaal.name().toLowerCase(java.util.Locale.ROOT))
                .register(registry)
                .increment(aantal);
    }

    void herkenning(Decision besluit, Duration duur) {
        herkenningDuur.record(duur);
        herkenningen(besluit.name()).increment();
    }

    /** A recognition that found an informatievraag, answered from informatie.yaml. */
    void informatievraag(Duration duur) {
        herkenningDuur.record(duur);
        herkenningen(INFORMATIE).increment();
    }

    private Counter herkenningen(String besluit) {
        return Counter.builder("weerbaar.herkenningen")
                .description("Recognitions per decision: ANSWER, ASK, DONT_KNOW or INFORMATIE")
                .tag("besluit", besluit)
                .register(registry);
    }
}
