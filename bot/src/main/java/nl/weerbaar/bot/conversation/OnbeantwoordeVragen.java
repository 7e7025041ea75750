package nl.weerbaar.bot.conversation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import nl.weerbaar.bot.store.Database;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.search.Recognition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * Questions the bot could not place, kept for admins to improve the catalogue — never a message
 * the recogniser flagged as a signal or urgent (that is case data for the aanspreekpunt, not a
 * question), and the others only after {@link Persoonsgegevens} stripped what looks like names,
 * classes, phone numbers and e-mail addresses. Deleted by this class once they are older than the
 * retention period (default 30 days), hourly.
 */
@Repository
class OnbeantwoordeVragen {
    private static final Logger log = LoggerFactory.getLogger(OnbeantwoordeVragen.class);
    static final int MAX_TEKST = 2000;

    /** @param bewaartermijn how long an unanswered question is kept */
    @ConfigurationProperties("weerbaar.onbeantwoord")
    record Properties(Duration bewaartermijn) {
        Properties {
            bewaartermijn = bewaartermijn == null ? Duration.ofDays(30) : bewaartermijn;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Properties properties;
    private final Database database;

    OnbeantwoordeVragen(JdbcClient jdbc, Clock clock, Properties properties, Database database) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.database = database;
    }

    /**
     * Keeps the question for admins, stripped, unless the recogniser flagged it as a signal or
     * urgent; without a database it is not kept (logged, never with its text).
     */
    void bewaar(String tekst, Recognition herkenning, Kanaal kanaal, String locatieId, Catalog catalog) {
        if (herkenning.signal() || herkenning.urgent()) {
            return;
        }
        String gewist = Persoonsgegevens.van(catalog).wis(tekst);
        if (gewist.isBlank()) {
            return;
        }
        database.optional("unanswered question", () -> insert(gewist, kanaal, locatieId));
    }

    private void insert(String tekst, Kanaal kanaal, String locatieId) {
        jdbc.sql("""
                        insert into onbeantwoorde_vraag (tekst, kanaal, locatie_id, gesteld_op)
                        values (:tekst, :kanaal, :locatie, :op)""")
                .param("tekst", tekst.length() > MAX_TEKST ? tekst.substring(0, MAX_TEKST) : tekst)
                .param("kanaal", kanaal.name())
                .param("locatie", locatieId)
                .param("op", Timestamp.from(clock.instant()))
                .update();
    }

    /** Deletes every question older than the retention period; returns how many. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    int verwijderVerlopen() {
        Timestamp grens = Timestamp.from(clock.instant().minus(properties.bewaartermijn()));
        int verwijderd = jdbc.sql("delete from onbeantwoorde_vraag where gesteld_op < :grens")
                .param("grens", grens)
                .update();
        if (verwijderd > 0) {
            log.info("Deleted {} unanswered question(s) past the retention period", verwijderd);
        }
        return verwijderd;
    }
}
