package nl.weerbaar.bot.admin;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Extension point for the signals (issue 7): the admin status, insight, CSV and metrics ask this
 * for signal statistics. Until a bean implements it, every method returns nothing and the admin
 * sees "not available"; an implementation only has to be a Spring bean.
 */
public interface SignaalStatistieken {

    /** Signals waiting in the outbox to be delivered. */
    default OptionalLong outboxAchterstand() {
        return OptionalLong.empty();
    }

    /** Escalations to a backup not yet picked up. */
    default OptionalLong openEscalaties() {
        return OptionalLong.empty();
    }

    /** Per ISO week (e.g. {@code 2025-W07}) and locatie, from the given week on. */
    default List<SignaalWeek> perWeek(String vanafWeek) {
        return List.of();
    }

    /**
     * Signals of one week at one locatie: counts per urgency and the median time to pick-up.
     *
     * @param locatieId null when unknown
     * @param mediaanOppakMinuten null when none was picked up
     */
    record SignaalWeek(String week, String locatieId, Map<String, Long> perUrgentie, Double mediaanOppakMinuten) {}

    /** No signals yet. */
    SignaalStatistieken GEEN = new SignaalStatistieken() {};
}
