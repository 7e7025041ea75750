package nl.weerbaar.bot.conversation;

import java.sql.Timestamp;
import java.time.Clock;
import nl.weerbaar.bot.store.Database;
import nl.weerbaar.catalog.Kanaal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores "Dit helpt" / "Niet wat ik zoek": knelpunt and confidence, never the user's text. */
@Repository
class FeedbackLog {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Database database;

    FeedbackLog(JdbcClient jdbc, Clock clock, Database database) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.database = database;
    }

    /** Stores the feedback; without a database it is lost (logged), and the user is thanked all the same. */
    void record(String knelpuntId, boolean helpt, Double confidence, Kanaal kanaal, String locatieId) {
        database.optional("feedback", () -> insert(knelpuntId, helpt, confidence, kanaal, locatieId));
    }

    private void insert(String knelpuntId, boolean helpt, Double confidence, Kanaal kanaal, String locatieId) {
        jdbc.sql("""
                        insert into feedback (knelpunt_id, helpt, confidence, kanaal, locatie_id, gegeven_op)
                        values (:knelpunt, :helpt, :confidence, :kanaal, :locatie, :op)""")
                .param("knelpunt", knelpuntId)
                .param("helpt", helpt)
                .param("confidence", confidence)
                .param("kanaal", kanaal.name())
                .param("locatie", locatieId)
                .param("op", Timestamp.from(clock.instant()))
                .update();
    }
}
