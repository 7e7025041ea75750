package nl.weerbaar.bot.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import nl.weerbaar.catalog.Kanaal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The locatie each user chose, remembered in the database. */
@Repository
class LocatieKeuzes {
    private final JdbcClient jdbc;
    private final Clock clock;

    LocatieKeuzes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<String> van(Kanaal kanaal, String userId) {
        return jdbc.sql("select locatie_id from gebruiker_locatie where kanaal = :kanaal and user_id = :user")
                .param("kanaal", kanaal.name())
                .param("user", userId)
                .query(String.class)
                .optional();
    }

    @Transactional
    void onthoud(Kanaal kanaal, String userId, String locatieId) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                        update gebruiker_locatie set locatie_id = :locatie, gekozen_op = :now
                        where kanaal = :kanaal and user_id = :user""")
                .param("locatie", locatieId)
                .param("now", now)
                .param("kanaal", kanaal.name())
                .param("user", userId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into gebruiker_locatie (kanaal, user_id, locatie_id, gekozen_op)
                            values (:kanaal, :user, :locatie, :now)""")
                    .param("kanaal", kanaal.name())
                    .param("user", userId)
                    .param("locatie", locatieId)
                    .param("now", now)
                    .update();
        }
    }
}
