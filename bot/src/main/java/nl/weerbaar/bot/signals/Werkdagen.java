package nl.weerbaar.bot.signals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When an escalation is due. A period of whole days counts working days (Saturday and Sunday
 * skipped, same time of day in the school's time zone): a normal signal sent on Friday at 10:00
 * escalates on Monday at 10:00. Any other period is plain elapsed time (urgent: 15 minutes).
 */
final class Werkdagen {
    private static final long DAG = Duration.ofDays(1).toSeconds();

    private Werkdagen() {}

    static Instant na(Instant vanaf, Duration periode, ZoneId zone) {
        if (periode.isZero() || periode.isNegative() || periode.toSeconds() % DAG != 0 || periode.toNanosPart() != 0) {
            return vanaf.plus(periode);
        }
        ZonedDateTime t = vanaf.atZone(zone);
        for (long dag = 0; dag < periode.toSeconds() / DAG; dag++) {
            t = t.plusDays(1);
            while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
                t = t.plusDays(1);
            }
        }
        return t.toInstant();
    }
}
