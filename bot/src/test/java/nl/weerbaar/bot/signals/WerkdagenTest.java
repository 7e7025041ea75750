package nl.weerbaar.bot.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WerkdagenTest {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static Instant op(String lokaal) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(lokaal), AMSTERDAM)
                .toInstant();
    }

    @Test
    void oneWorkingDayAfterFridayMorningIsMondayMorning() {
        assertEquals(op("2026-05-18T10:00"), Werkdagen.na(op("2026-05-15T10:00"), Duration.ofDays(1), AMSTERDAM));
    }

    @Test
    void oneWorkingDayAfterTuesdayIsWednesdayAndAfterSaturdayIsMonday() {
        assertEquals(op("2026-05-13T16:30"), Werkdagen.na(op("2026-05-12T16:30"), Duration.ofDays(1), AMSTERDAM));
        assertEquals(op("2026-05-18T09:00"), Werkdagen.na(op("2026-05-16T09:00"), Duration.ofDays(1), AMSTERDAM));
    }

    @Test
    void aPeriodOfMinutesIsPlainElapsedTime() {
        assertEquals(op("2026-05-16T09:15"), Werkdagen.na(op("2026-05-16T09:00"), Duration.ofMinutes(15), AMSTERDAM));
    }
}
