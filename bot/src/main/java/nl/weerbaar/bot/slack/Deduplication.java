package nl.weerbaar.bot.slack;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.bot.store.Database;
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

    /** Keys remembered in memory as well, for when the database is unavailable. */
    static final int MEMORY = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;
    private final Database database;
    private final Set<String> recent = Collections.newSetFromMap(new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MEMORY;
        }
    });

    Deduplication(JdbcClient jdbc, Clock clock, Duration retention) {
        this(jdbc, clock, retention, null);
    }

    /** @param database null: a database failure fails the request (and Slack retries it) */
    Deduplication(JdbcClient jdbc, Clock clock, Duration retention, Database database) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.database = database;
    }

    /**
     * True the first time a key is seen, false for every later delivery of it. Without a database
     * the last {@value #MEMORY} keys of this instance decide (logged): a retry is still answered once.
     */
    boolean firstDelivery(String key) {
        String k = limit(key);
        Boolean first = database == null
                ? insert(k)
                : database.optional("de-duplicating a Slack delivery in the database", () -> insert(k), null);
        synchronized (recent) {
            if (first == null) {
                return recent.add(k);
            }
            recent.add(k);
            return first;
        }
    }

    private Boolean insert(String key) {
        try {
            jdbc.sql("insert into slack_verwerkt (sleutel, ontvangen_op) values (:sleutel, :op)")
                    .param("sleutel", key)
                    .param("op", Timestamp.from(clock.instant()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Forgets a key whose delivery could not be taken on, so Slack's retry is processed. */
    void forget(String key) {
        String k = limit(key);
        synchronized (recent) {
            recent.remove(k);
        }
        Runnable delete = () -> jdbc.sql("delete from slack_verwerkt where sleutel = :sleutel")
                .param("sleutel", k)
                .update();
        if (database == null) {
            delete.run();
        } else {
            database.optional("forgetting a Slack delivery", delete);
        }
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
