package nl.weerbaar.bot.admin;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Unanswered questions a test writes straight into the shared database, each text starting with
 * the test's own marker, so its groups and cards are its own and {@link #ruimOp} removes only them.
 * They are dated ahead of anything other tests store, so they stand on the list's first page.
 */
final class EigenVragen {
    /** In every text of the test. */
    final String kenmerk;

    private final JdbcClient jdbc;
    private final Instant straks;

    EigenVragen(JdbcClient jdbc, String soort, Duration vooruit) {
        this.jdbc = jdbc;
        this.kenmerk = soort + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        this.straks = Instant.now().plus(vooruit);
    }

    /** Stores "{kenmerk} {tekst}", asked {@code seconden} after this test's start date; returns its id. */
    long vraag(String tekst, String kanaal, String locatie, int seconden) {
        jdbc.sql("""
                        insert into onbeantwoorde_vraag (tekst, kanaal, locatie_id, gesteld_op)
                        values (:t, :k, :l, :op)""")
                .param("t", kenmerk + " " + tekst)
                .param("k", kanaal)
                .param("l", locatie)
                .param("op", Timestamp.from(straks.plusSeconds(seconden)))
                .update();
        return jdbc.sql("select max(id) from onbeantwoorde_vraag")
                .query(Long.class)
                .single();
    }

    void ruimOp() {
        jdbc.sql("delete from onbeantwoorde_vraag where tekst like :t")
                .param("t", kenmerk + "%")
                .update();
    }
}
