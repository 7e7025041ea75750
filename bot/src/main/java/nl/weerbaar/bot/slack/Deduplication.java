package nl.weerbaar.bot.slack;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Remembers which Slack deliveries were taken on, in the database (table {@code
 * slack_verwerkt}): the primary key makes "insert if absent" atomic, so a retry or a duplicate
 * event id is answered once even when it reaches another instance. Keys older than the
 * retention period are purged hourly.
 */
class Deduplication {
    private static final Logger log = LoggerFactory.getLogger(Deduplication.class);
    static final int MAX_KEY = 255;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    Deduplication(JdbcClient jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** True the first time a key is seen, false for every later delivery of it. */
    boolean firstDelivery(String key) {
        try {
            jdbc.sql("insert into slack_verwerkt (sleutel, ontvangen_op) values (:sleutel, :op)")
                    .param("sleutel", limit(key))
                    .param("op", Timestamp.from(clock.instant()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Forgets a key whose delivery could not be taken on, so Slack's retry is processed. */
    void forget(String key) {
        jdbc.sql("delete from slack_verwerkt where sleutel = :sleutel")
                .param("sleutel", limit(key))
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    int purge() {
        int purged = jdbc.sql("delete from slack_verwerkt where ontvangen_op < :grens")
                .param("grens", Timestamp.from(clock.instant().minus(retention)))
                .update();
        if (purged > 0) {
            log.debug("Purged {} Slack delivery id(s) past retention", purged);
        }
        return purged;
    }

    private static String limit(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }
}
