package nl.weerbaar.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The claim on a Slack delivery, on both databases: several instances racing for the same event
 * id get exactly one "first", and the purge removes only expired keys.
 */
class DeduplicationTest {
    static final String PG_URL =
            System.getProperty("weerbaar.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("weerbaar.test.postgres.user", "postgres");

    private static DataSource migrated(String url, String user, String schema) {
        DriverManagerDataSource ds = new DriverManagerDataSource(url, user, "");
        var flyway = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            flyway.schemas(schema);
        }
        flyway.load().migrate();
        return ds;
    }

    private static void claimsOnceAcrossInstances(DataSource ds) throws Exception {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        List<Deduplication> instances = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            instances.add(new Deduplication(JdbcClient.create(ds), clock, Duration.ofDays(1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Deduplication d = instances.get(i % instances.size());
                Callable<Boolean> claim = () -> {
                    start.await();
                    return d.firstDelivery("event:EvRACE");
                };
                claims.add(pool.submit(claim));
            }
            start.countDown();
            int first = 0;
            for (Future<Boolean> c : claims) {
                first += c.get() ? 1 : 0;
            }
            assertEquals(1, first);
        } finally {
            pool.shutdownNow();
        }

        Deduplication later = new Deduplication(
                JdbcClient.create(ds), Clock.fixed(now.plus(Duration.ofDays(2)), ZoneOffset.UTC), Duration.ofDays(1));
        assertTrue(later.firstDelivery("event:EvNEW"));
        assertEquals(1, later.purge(), "only the expired key");
        assertTrue(later.firstDelivery("event:EvRACE"), "claimable again after the purge");
        assertFalse(later.firstDelivery("event:EvNEW"));
        later.forget("event:EvNEW");
        assertTrue(later.firstDelivery("event:EvNEW"));
    }

    @Test
    void deliveryIsClaimedOnceAcrossInstancesOnH2() throws Exception {
        claimsOnceAcrossInstances(
                migrated("jdbc:h2:mem:dedup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", null));
    }

    @Test
    void deliveryIsClaimedOnceAcrossInstancesOnPostgres() throws Exception {
        String schema = "slack_dedup_" + UUID.randomUUID().toString().replace("-", "");
        try {
            claimsOnceAcrossInstances(migrated(PG_URL + "?currentSchema=" + schema, PG_USER, schema));
        } finally {
            try (var c = DriverManager.getConnection(PG_URL, PG_USER, "");
                    var s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
