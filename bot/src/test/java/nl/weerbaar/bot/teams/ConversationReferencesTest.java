package nl.weerbaar.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Conversation references are stored from every Teams message, but an unchanged one is written
 * again only after {@link ConversationReferences#REFRESH}: {@code bijgewerkt_op} stays exact to
 * within that time, and a changed reference is written at once.
 */
class ConversationReferencesTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private JdbcClient jdbc;
    private ConversationReferences references;

    @BeforeEach
    void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:refs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = JdbcClient.create(h2);
        references = new ConversationReferences(jdbc, clock, Duration.ofDays(90));
    }

    private static ConversationReferences.Opgeslagen reference(String serviceUrl) {
        return new ConversationReferences.Opgeslagen(
                "aad-1",
                "a:conv",
                "personal",
                serviceUrl,
                "tenant",
                "28:bot",
                "{\"serviceUrl\":\"" + serviceUrl + "\"}");
    }

    private Instant bijgewerktOp() {
        return jdbc.sql("select bijgewerkt_op from teams_gesprek where user_aad_id = 'aad-1'")
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    @Test
    void anUnchangedReferenceIsWrittenAgainOnlyAfterTheRefreshTime() {
        Instant first = clock.instant();
        references.bewaar(reference("https://smba.example/emea/"));

        clock.move(Duration.ofMinutes(5));
        references.bewaar(reference("https://smba.example/emea/"));
        assertEquals(first, bijgewerktOp(), "unchanged and recent: not written again");

        clock.move(Duration.ofMinutes(6));
        references.bewaar(reference("https://smba.example/emea/"));
        assertEquals(clock.instant(), bijgewerktOp(), "older than the refresh time: written again");
    }

    /** Issue 15: conversation references were never purged. */
    @Test
    void aReferenceUnusedForTheRetentionPeriodIsDeletedAndARecentOneKept() {
        references.bewaar(reference("https://smba.example/emea/"));
        clock.move(Duration.ofDays(60));
        references.bewaar(new ConversationReferences.Opgeslagen(
                "aad-2", "a:conv-2", "personal", "https://smba.example/emea/", "tenant", "28:bot", "{}"));

        clock.move(Duration.ofDays(30).plusMinutes(1));
        assertEquals(1, references.verwijderOngebruikt(), "aad-1 unused for 90 days and a minute");

        assertEquals(
                List.of("aad-2"),
                jdbc.sql("select user_aad_id from teams_gesprek")
                        .query(String.class)
                        .list());
        assertEquals(0, references.verwijderOngebruikt(), "aad-2 used 30 days ago stays");

        references.bewaar(reference("https://smba.example/emea/"));
        assertEquals(clock.instant(), bijgewerktOp(), "a deleted reference is stored again when the user writes");
    }

    @Test
    void aChangedReferenceIsWrittenAtOnce() {
        references.bewaar(reference("https://smba.example/emea/"));
        clock.move(Duration.ofSeconds(30));

        references.bewaar(reference("https://smba.example/amer/"));

        assertEquals(clock.instant(), bijgewerktOp());
        assertEquals(
                "https://smba.example/amer/",
                references.persoonlijk("aad-1").orElseThrow().serviceUrl());
    }
}
