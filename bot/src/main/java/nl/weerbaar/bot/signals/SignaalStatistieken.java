package nl.weerbaar.bot.signals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signal figures for admins: outbox backlog, open escalations, and per week and locatie the
 * signals by urgency with the median time to pick-up. Anonymous: computed from the live signals
 * (no text read) and from the counts kept after a signal's text was purged.
 */
@Component
public class SignaalStatistieken {
    private final JdbcClient jdbc;
    private final ZoneId zone;

    SignaalStatistieken(JdbcClient jdbc, SignalenProperties properties) {
        this.jdbc = jdbc;
        this.zone = properties.tijdzone();
    }

    /** Signals waiting in the outbox to be delivered. */
    public long outboxAchterstand() {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = :taak")
                .param("taak", SignaalPlanner.BEZORGEN)
                .query(Long.class)
                .single();
    }

    /** Escalations to a backup not yet picked up. */
    public long openEscalaties() {
        return jdbc.sql("select count(*) from signaal where status = 'NIEUW' and escalatie_niveau > 0")
                .query(Long.class)
                .single();
    }

    /** Open signals of one locatie with one status: a count for the admin API, never a text. */
    public record OpenPerLocatie(String locatieId, String status, long aantal) {}

    /**
     * The open signals per locatie and status. The admin API has no personal identity, so it gets
     * counts only, escalated or not (contents only reach a person: card, inbox, "mijn meldingen").
     */
    public List<OpenPerLocatie> openPerLocatie() {
        return jdbc.sql("""
                        select locatie_id, status, count(*) as aantal from signaal where status <> 'AFGEHANDELD'
                        group by locatie_id, status order by locatie_id, status""")
                .query((rs, i) ->
                        new OpenPerLocatie(rs.getString("locatie_id"), rs.getString("status"), rs.getLong("aantal")))
                .list();
    }

    /**
     * Signals of one week at one locatie: counts per urgency and the median time to pick-up.
     *
     * @param locatieId null when unknown
     * @param mediaanOppakMinuten null when none was picked up
     */
    public record SignaalWeek(
            String week, String locatieId, Map<String, Long> perUrgentie, Double mediaanOppakMinuten) {}

    private record Rij(String week, String locatie, boolean urgent, Integer minuten) {}

    /** Per ISO week (e.g. {@code 2025-W07}) and locatie, from the given week on. */
    public List<SignaalWeek> perWeek(String vanafWeek) {
        List<Rij> rijen = new ArrayList<>(jdbc.sql("select locatie_id, urgent, aangemaakt_op, opgepakt_op from signaal")
                .query((rs, i) -> {
                    var gemaakt = rs.getTimestamp("aangemaakt_op").toInstant();
                    var opgepakt = rs.getTimestamp("opgepakt_op");
                    Integer minuten = opgepakt == null
                            ? null
                            : (int) java.time.Duration.between(gemaakt, opgepakt.toInstant())
                                    .toMinutes();
                    return new Rij(
                            week(gemaakt.atZone(zone)), rs.getString("locatie_id"), rs.getBoolean("urgent"), minuten);
                })
                .list());
        rijen.addAll(jdbc.sql("select week, locatie_id, urgent, minuten_tot_oppakken from signaal_telling")
                .query((rs, i) ->
                        new Rij(rs.getString("week"), rs.getString("locatie_id"), rs.getBoolean("urgent"), (Integer)
                                rs.getObject("minuten_tot_oppakken", Integer.class)))
                .list());
        Map<String, List<Rij>> perGroep = new TreeMap<>();
        for (Rij r : rijen) {
            if (r.week().compareTo(vanafWeek) >= 0) {
                perGroep.computeIfAbsent(r.week() + "\u0000" + r.locatie(), k -> new ArrayList<>())
                        .add(r);
            }
        }
        List<SignaalWeek> weken = new ArrayList<>();
        for (List<Rij> groep : perGroep.values()) {
            Map<String, Long> perUrgentie = new TreeMap<>();
            groep.forEach(r -> perUrgentie.merge(r.urgent() ? "urgent" : "normaal", 1L, Long::sum));
            List<Integer> minuten = groep.stream()
                    .map(Rij::minuten)
                    .filter(m -> m != null)
                    .sorted()
                    .toList();
            Double mediaan = minuten.isEmpty()
                    ? null
                    : minuten.size() % 2 == 1
                            ? minuten.get(minuten.size() / 2).doubleValue()
                            : (minuten.get(minuten.size() / 2 - 1) + minuten.get(minuten.size() / 2)) / 2.0;
            weken.add(new SignaalWeek(groep.get(0).week(), groep.get(0).locatie(), perUrgentie, mediaan));
        }
        return weken;
    }

    private static String week(ZonedDateTime t) {
        return String.format("%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
