package nl.weerbaar.bot.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.weerbaar.bot.conversation.HerkenningLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * What teachers ask, for the admins: per ISO week and locatie the recognitions per knelpunt,
 * "Bedoel je …?", "weet niet" and the feedback — anonymous counts from {@code herkenning_uitkomst}
 * and {@code feedback}. The questions the bot could not answer are {@link OnbeantwoordeLijst}'s.
 */
@Repository
class Inzicht {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String FORMULE_BEGIN = "=+-@\t\r";
    /** Quotes only where RFC 4180 needs it (a comma, a quote, a line break). */
    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private static final CsvSchema KOLOMMEN = CsvSchema.builder()
            .addColumn("week")
            .addColumn("locatie")
            .addColumn("knelpunt")
            .addNumberColumn("herkend")
            .addNumberColumn("bedoel_je")
            .addNumberColumn("dit_helpt")
            .addNumberColumn("niet_wat_ik_zoek")
            .setUseHeader(true)
            .setLineSeparator("\r\n")
            .build();

    private final HerkenningLog herkenningen;
    private final JdbcClient jdbc;
    private final Clock clock;

    Inzicht(JdbcClient jdbc, HerkenningLog herkenningen, Clock clock) {
        this.jdbc = jdbc;
        this.herkenningen = herkenningen;
        this.clock = clock;
    }

    /**
     * One line of counts: a knelpunt in a week at a locatie, or (knelpunt {@value AdminTeksten#WEET_NIET})
     * the questions the bot did not know.
     *
     * @param locatie null when the locatie was not known
     * @param herkend answered with this knelpunt (or, for {@value AdminTeksten#WEET_NIET}, not known)
     * @param bedoelJe asked "Bedoel je …?" with this knelpunt first
     */
    record Telling(
            String week,
            String locatie,
            String knelpunt,
            long herkend,
            long bedoelJe,
            long ditHelpt,
            long nietWatIkZoek) {}

    /** The counts from {@code vanafWeek} on, sorted by week, locatie and knelpunt. */
    List<Telling> tellingen(String vanafWeek) {
        herkenningen.flush(); // the last second's outcomes too
        Map<List<String>, long[]> tellers = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1))
                .thenComparing(k -> k.get(2)));
        jdbc.sql("""
                        select week, locatie_id, besluit, knelpunt_id, count(*) as aantal from herkenning_uitkomst
                        where week >= :vanaf group by week, locatie_id, besluit, knelpunt_id""")
                .param("vanaf", vanafWeek)
                .query((rs, n) -> {
                    String besluit = rs.getString("besluit");
                    String knelpunt =
                            "DONT_KNOW".equals(besluit) ? AdminTeksten.WEET_NIET : rs.getString("knelpunt_id");
                    long[] t = tellers.computeIfAbsent(
                            sleutel(rs.getString("week"), rs.getString("locatie_id"), knelpunt), k -> new long[4]);
                    t["ASK".equals(besluit) ? 1 : 0] += rs.getLong("aantal");
                    return null;
                })
                .list();
        jdbc.sql("select knelpunt_id, helpt, locatie_id, gegeven_op from feedback where gegeven_op >= :vanaf")
                .param("vanaf", Timestamp.from(begin(vanafWeek)))
                .query((rs, n) -> {
                    String week = week(rs.getTimestamp("gegeven_op").toInstant());
                    long[] t = tellers.computeIfAbsent(
                            sleutel(week, rs.getString("locatie_id"), rs.getString("knelpunt_id")), k -> new long[4]);
                    t[rs.getBoolean("helpt") ? 2 : 3]++;
                    return null;
                })
                .list();
        List<Telling> tellingen = new ArrayList<>();
        tellers.forEach((k, t) -> tellingen.add(
                new Telling(k.get(0), k.get(1).isEmpty() ? null : k.get(1), k.get(2), t[0], t[1], t[2], t[3])));
        return tellingen;
    }

    private static List<String> sleutel(String week, String locatie, String knelpunt) {
        return List.of(week, Objects.requireNonNullElse(locatie, ""), Objects.requireNonNullElse(knelpunt, ""));
    }

    /** The ISO week {@code weken - 1} weeks before this one, e.g. {@code 2025-W07}. */
    String vanafWeek(int weken) {
        return week(clock.instant().minus(7L * (weken - 1), ChronoUnit.DAYS));
    }

    static String week(Instant moment) {
        ZonedDateTime t = moment.atZone(ZONE);
        return String.format("%d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The start (Monday 00:00, Amsterdam) of an ISO week such as {@code 2025-W07}. */
    static Instant begin(String week) {
        int jaar = Integer.parseInt(week.substring(0, 4));
        int nummer = Integer.parseInt(week.substring(6));
        return ZonedDateTime.of(jaar, 1, 4, 0, 0, 0, 0, ZONE)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, nummer)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toInstant();
    }

    /** The counts as CSV (RFC 4180, comma-separated, UTF-8): counts only, never a question's text. */
    static String csv(List<Telling> tellingen) {
        List<List<Object>> rijen = tellingen.stream()
                .map(t -> List.<Object>of(
                        cel(t.week()),
                        cel(t.locatie() == null ? "" : t.locatie()),
                        cel(t.knelpunt()),
                        t.herkend(),
                        t.bedoelJe(),
                        t.ditHelpt(),
                        t.nietWatIkZoek()))
                .toList();
        return CSV.writer(KOLOMMEN).writeValueAsString(rijen);
    }

    /**
     * A text cell a spreadsheet will not run: one starting with {@code = + - @}, a tab or a carriage
     * return gets a leading {@code '}, so it is read as text, not as a formula.
     */
    static String cel(String tekst) {
        return !tekst.isEmpty() && FORMULE_BEGIN.indexOf(tekst.charAt(0)) >= 0 ? "'" + tekst : tekst;
    }
}
