package nl.weerbaar.bot.conversation;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.search.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts recognition outcomes for the admins' insight: ISO week, locatie, channel, decision and
 * the best knelpunt. Never the text, the user or the exact time.
 */
@Repository
class HerkenningLog {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private final JdbcClient jdbc;
    private final Clock clock;

    HerkenningLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Decision besluit, String knelpuntId, Kanaal kanaal, String locatieId) {
        jdbc.sql("""
                        insert into herkenning_uitkomst (week, locatie_id, kanaal, besluit, knelpunt_id)
                        values (:week, :locatie, :kanaal, :besluit, :knelpunt)""")
                .param("week", week(ZonedDateTime.now(clock.withZone(ZONE))))
                .param("locatie", locatieId)
                .param("kanaal", kanaal.name())
                .param("besluit", besluit.name())
                .param("knelpunt", besluit == Decision.DONT_KNOW ? null : knelpuntId)
                .update();
    }

    /** The ISO week, e.g. {@code 2025-W07}. */
    static String week(ZonedDateTime tijd) {
        int week = tijd.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        // not String.format: it builds locale symbols on every call, measurable on every question under load
        return tijd.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
    }
}
