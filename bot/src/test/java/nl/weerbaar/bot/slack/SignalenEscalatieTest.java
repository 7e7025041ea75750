package nl.weerbaar.bot.slack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.bot.TestClock;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.bot.signals.Actor;
import nl.weerbaar.bot.signals.Melden;
import nl.weerbaar.bot.signals.SignaalStatistieken;
import nl.weerbaar.bot.signals.Signalen;
import nl.weerbaar.catalog.Kanaal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Escalation and retention with a clock the test moves ({@link TestClock}): not picked up in time
 * goes to the backup (and the reporter is told), then to the admins, each once; a closed signal is
 * purged after the retention period and leaves only its anonymous count. Deliveries are Slack DMs
 * to WireMock.
 */
@Import(TestClock.Config.class)
class SignalenEscalatieTest extends SlackHttpTest {
    static final String SANNE = "U0LINDE01";
    static final String AHMED = "U0LINDE02";
    static final String FEMKE = "U0ADMIN01";

    @Autowired
    Gesprek gesprek;

    @Autowired
    Signalen signalen;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignaalStatistieken statistieken;

    @DynamicPropertySource
    static void eigenDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:slack-escalatie;DB_CLOSE_DELAY=-1");
        registry.add("weerbaar.signalen.opschoon-interval", () -> "PT0.5S");
    }

    @AfterEach
    void klokTerug() {
        TestClock.CLOCK.reset();
    }

    static List<Map<String, String>> dms(String user, String ref) {
        return calls("chat.postMessage", "channel", user).stream()
                .filter(c -> c.getOrDefault("blocks", "").contains(ref))
                .toList();
    }

    @Test
    void urgentSignalNotPickedUpGoesToTheBackupAfter15MinutesThenToTheAdminsEachOnce() {
        Afzender leraar = Afzender.web("leraar-" + UUID.randomUUID());
        String ref = Melden.meld(gesprek, leraar, "de-linde", "Leerling dreigt met een mes.", true);
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(SANNE, ref).size() == 1);

        TestClock.CLOCK.move(Duration.ofMinutes(14));
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> dms(AHMED, ref).isEmpty());

        TestClock.CLOCK.move(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(AHMED, ref).size() == 1);
        assertTrue(texts(blocks(dms(AHMED, ref).get(0))).contains("Je krijgt het als backup van het aanspreekpunt."));
        Antwoord volgende = gesprek.beantwoord(Bericht.tekst(leraar, null, "mijn meldingen"));
        assertEquals(
                new Antwoord.Tekst(
                        Antwoord.Soort.NORMAAL,
                        "Je signaal " + ref + " is nog niet opgepakt. Het is nu ook naar de backup gestuurd, Ahmed El"
                                + " Amrani."),
                volgende.onderdelen().get(0));
        assertTrue(dms(FEMKE, ref).isEmpty());

        TestClock.CLOCK.move(Duration.ofMinutes(16));
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(FEMKE, ref).size() == 1);
        assertTrue(texts(blocks(dms(FEMKE, ref).get(0))).contains("je krijgt het als beheerder"));

        TestClock.CLOCK.move(Duration.ofHours(2));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> dms(FEMKE, ref).size() == 1);
        assertEquals(1, dms(SANNE, ref).size());
        assertEquals(1, dms(AHMED, ref).size());
        assertEquals(
                2,
                jdbc.sql("select escalatie_niveau from signaal where referentie = :ref")
                        .param("ref", ref)
                        .query(Integer.class)
                        .single());
    }

    @Test
    void aanspreekpuntSeesTheOpenSignalsOfHerLocatieUnderMijnMeldingenAndEachReadIsAudited() {
        Afzender leraar = Afzender.web("leraar-" + UUID.randomUUID());
        String ref =
                Melden.meld(gesprek, leraar, "de-linde", "Leerling draagt dure kleding en heeft veel geld.", false);
        Afzender sanne = new Afzender(Kanaal.SLACK, SANNE, "Sanne", null, null, null);
        Afzender marieke = new Afzender(Kanaal.SLACK, "U0BAKEN01", "Marieke", null, null, null);

        String zichtbaar = gesprek.beantwoord(Bericht.tekst(sanne, null, "mijn meldingen"))
                .onderdelen()
                .toString();
        String anders = gesprek.beantwoord(Bericht.tekst(marieke, null, "mijn meldingen"))
                .onderdelen()
                .toString();

        assertTrue(zichtbaar.contains(ref) && zichtbaar.contains("Leerling draagt dure kleding"), zichtbaar);
        assertFalse(anders.contains(ref), "another locatie's aanspreekpunt does not see it");
        assertEquals(
                List.of("SLACK:" + SANNE),
                jdbc.sql("select a.actor from signaal_audit a join signaal s on s.id = a.signaal_id"
                                + " where s.referentie = :ref and a.actie = 'GELEZEN'")
                        .param("ref", ref)
                        .query(String.class)
                        .list());
    }

    @Test
    void adminFiguresCountOpenEscalationsAndSignalsByUrgencyWithTheMedianPickUpTime() {
        var nu = TestClock.CLOCK.instant().atZone(java.time.ZoneId.of("Europe/Amsterdam"));
        String week = String.format(
                "%d-W%02d",
                nu.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                nu.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        long urgentVoor = urgentInWeek(week);
        long escalatiesVoor = statistieken.openEscalaties();
        Afzender leraar = Afzender.web("leraar-" + UUID.randomUUID());
        String ref = Melden.meld(gesprek, leraar, "de-linde", "Leerling wordt bedreigd bij het hek.", true);

        TestClock.CLOCK.move(Duration.ofMinutes(16));
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(AHMED, ref).size() == 1);
        assertEquals(escalatiesVoor + 1, statistieken.openEscalaties());
        assertTrue(signalen.oppakken(new Actor(Kanaal.SLACK, AHMED, null), ref).gelukt());

        assertEquals(escalatiesVoor, statistieken.openEscalaties());
        assertEquals(urgentVoor + 1, urgentInWeek(week));
        assertTrue(statistieken.perWeek(week).stream()
                .filter(w -> "de-linde".equals(w.locatieId()))
                .allMatch(w -> w.mediaanOppakMinuten() != null));
        await().atMost(Duration.ofSeconds(10)).until(() -> statistieken.outboxAchterstand() == 0);
    }

    private long urgentInWeek(String week) {
        return statistieken.perWeek(week).stream()
                .filter(w -> w.week().equals(week) && "de-linde".equals(w.locatieId()))
                .mapToLong(w -> w.perUrgentie().getOrDefault("urgent", 0L))
                .sum();
    }

    @Test
    void signalPickedUpInTimeDoesNotEscalate() {
        Afzender leraar = Afzender.web("leraar-" + UUID.randomUUID());
        String ref = Melden.meld(gesprek, leraar, "de-linde", "Leerling heeft schulden bij oudere jongens.", true);
        assertTrue(signalen.oppakken(new Actor(Kanaal.SLACK, SANNE, null), ref).gelukt());

        TestClock.CLOCK.move(Duration.ofMinutes(40));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> dms(AHMED, ref).isEmpty());
        assertTrue(dms(FEMKE, ref).isEmpty());
    }

    @Test
    void closedSignalIsPurgedAfterTheRetentionPeriodLeavingOnlyTheAnonymousCount() {
        Afzender leraar = Afzender.web("leraar-" + UUID.randomUUID());
        String marker = "Purgemarker-" + UUID.randomUUID();
        String ref = Melden.meld(gesprek, leraar, "de-linde", "Leerling leent bankpas uit. " + marker, false);
        long id = jdbc.sql("select id from signaal where referentie = :ref")
                .param("ref", ref)
                .query(Long.class)
                .single();
        int tellingenVoor = jdbc.sql("select count(*) from signaal_telling")
                .query(Integer.class)
                .single();
        TestClock.CLOCK.move(Duration.ofMinutes(30));
        assertTrue(signalen.oppakken(new Actor(Kanaal.SLACK, SANNE, null), ref).gelukt());
        assertTrue(
                signalen.afhandelen(new Actor(Kanaal.SLACK, SANNE, null), ref).gelukt());

        TestClock.CLOCK.move(Duration.ofDays(89));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> jdbc.sql("select count(*) from signaal where id = :id")
                                .param("id", id)
                                .query(Integer.class)
                                .single()
                        == 1);

        TestClock.CLOCK.move(Duration.ofDays(2));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from signaal where id = :id")
                                .param("id", id)
                                .query(Integer.class)
                                .single()
                        == 0);
        List<Map<String, Object>> tellingen = jdbc.sql(
                        "select locatie_id, knelpunt_id, urgent, week, minuten_tot_oppakken from signaal_telling"
                                + " order by id")
                .query()
                .listOfRows();
        assertEquals(tellingenVoor + 1, tellingen.size());
        Map<String, Object> telling = tellingen.get(tellingen.size() - 1);
        assertEquals("de-linde", waarde(telling, "locatie_id"));
        assertEquals(false, waarde(telling, "urgent"));
        assertTrue(((String) waarde(telling, "week")).matches("\\d{4}-W\\d{2}"));
        assertNotNull(waarde(telling, "minuten_tot_oppakken"));
        assertTrue(((Number) waarde(telling, "minuten_tot_oppakken")).intValue() >= 30);
        assertTrue(jdbc.sql("select actie from signaal_audit where signaal_id = :id")
                .param("id", id)
                .query(String.class)
                .list()
                .contains("GEWIST"));
        assertFalse(jdbc.sql("select count(*) from signaal_bericht where tekst like :m")
                        .param("m", "%" + marker + "%")
                        .query(Integer.class)
                        .single()
                > 0);
    }

    static Object waarde(Map<String, Object> row, String column) {
        return row.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(column))
                .findFirst()
                .orElseThrow()
                .getValue();
    }
}
