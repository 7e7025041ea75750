package nl.weerbaar.bot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import nl.weerbaar.bot.reply.Afzender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How many unanswered questions are stored per clock hour: at most {@code per-afzender} of one
 * sender (channel and user id) and {@code totaal} of everyone together. Beyond that a question is
 * still answered, but not stored: nobody can fill the table admins read (or the disk) by sending
 * questions the bot cannot place. Counted in memory, per instance; a new hour starts afresh.
 */
@Component
class OnbeantwoordLimiet {
    private static final Logger log = LoggerFactory.getLogger(OnbeantwoordLimiet.class);

    /**
     * @param perAfzender questions stored per sender per hour (default 20)
     * @param totaal questions stored per hour by this instance (default 500)
     */
    @ConfigurationProperties("weerbaar.onbeantwoord.limiet")
    record Properties(Integer perAfzender, Integer totaal) {
        Properties {
            perAfzender = perAfzender == null ? 20 : perAfzender;
            totaal = totaal == null ? 500 : totaal;
        }
    }

    private final Properties properties;
    private final Clock clock;
    private final Map<String, Integer> perAfzender = new HashMap<>();
    private Instant uur = Instant.EPOCH;
    private int totaal;

    OnbeantwoordLimiet(Properties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** True, and counted, when a question of {@code afzender} may still be stored this hour. */
    synchronized boolean magBewaren(Afzender afzender) {
        Instant nu = clock.instant().truncatedTo(ChronoUnit.HOURS);
        if (!nu.equals(uur)) {
            uur = nu;
            totaal = 0;
            perAfzender.clear();
        }
        if (totaal >= properties.totaal()) {
            log.debug("Unanswered question not stored: {} stored this hour", totaal);
            return false;
        }
        String sleutel = afzender.kanaal() + ":" + afzender.userId();
        int vanAfzender = perAfzender.getOrDefault(sleutel, 0);
        if (vanAfzender >= properties.perAfzender()) {
            log.debug("Unanswered question not stored: this sender reached {} this hour", vanAfzender);
            return false;
        }
        perAfzender.put(sleutel, vanAfzender + 1);
        totaal++;
        return true;
    }
}
