package nl.weerbaar.bot.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.bot.BeheerTest;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.catalog.Kanaal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15 item 3, replayed: admin Femke de Boer asks for the signals of De Linde before anyone
 * escalated them to her — in the inbox, with "mijn meldingen" in the chat and on the admin API —
 * and tries to forward one. She gets counts and a refusal, never the description; once the signal
 * is escalated to the admins (level 2) she sees it in the inbox and the chat.
 */
class BeheerderNeedToKnowTest extends BeheerTest {
    static final Afzender FEMKE_SLACK = new Afzender(Kanaal.SLACK, "U0ADMIN01", "Femke", null, null, null);
    static final Afzender FEMKE_TEAMS =
            new Afzender(Kanaal.TEAMS, "00000000-0000-4000-8000-000000000901", "Femke", null, null, null);

    @Autowired
    Gesprek gesprek;

    @Autowired
    JdbcClient jdbc;

    String meld(String beschrijving) {
        return Melden.meld(gesprek, Afzender.web("leraar-" + UUID.randomUUID()), "de-linde", beschrijving, false);
    }

    /** What the escalation job does at level 2 (SignaalWerk.escaleer); its timing is tested elsewhere. */
    void escaleerNaarBeheerders(String ref) {
        jdbc.sql("update signaal set escalatie_niveau = 2 where referentie = :ref")
                .param("ref", ref)
                .update();
    }

    long audit(String ref, String actie, String actorDeel) {
        return jdbc.sql("select count(*) from signaal_audit a join signaal s on s.id = a.signaal_id"
                        + " where s.referentie = :ref and a.actie = :actie and a.actor like :actor")
                .param("ref", ref)
                .param("actie", actie)
                .param("actor", "%" + actorDeel + "%")
                .query(Long.class)
                .single();
    }

    static String tekst(Antwoord a) {
        return a.onderdelen().toString();
    }

    @Test
    void anAdminSeesCountsButNoTextBeforeEscalationInTheInboxTheChatAndTheApi() throws Exception {
        String marker = "Beheermarker-" + UUID.randomUUID();
        String ref = meld("Leerling wordt na school opgewacht door oudere jongens. " + marker);
        String femke = login(FEMKE_EMAIL);

        HttpResponse<String> pagina = inbox("GET", "/inbox", femke);
        Antwoord chat = gesprek.beantwoord(Bericht.tekst(FEMKE_SLACK, null, "mijn meldingen"));
        HttpResponse<String> status = admin("/admin/status");

        assertEquals(200, pagina.statusCode());
        assertFalse(pagina.body().contains(marker), "no description in the admin's inbox before escalation");
        assertFalse(pagina.body().contains(ref), "not even the reference");
        assertTrue(pagina.body().contains("Open signalen die niet naar jou zijn geëscaleerd"), pagina.body());
        assertTrue(pagina.body().contains("Locatie De Linde, nog niet opgepakt: "), pagina.body());
        assertFalse(tekst(chat).contains(marker), tekst(chat));
        assertFalse(tekst(chat).contains(ref), tekst(chat));
        assertTrue(tekst(chat).contains("Locatie De Linde, nog niet opgepakt: "), tekst(chat));
        assertEquals(200, status.statusCode());
        assertFalse(status.body().contains(marker));
        assertTrue(
                status.body()
                        .matches("(?s).*\"open\":\\[[^\\]]*\\{\"locatieId\":\"de-linde\",\"status\":\"NIEUW\","
                                + "\"aantal\":[1-9][0-9]*}.*"),
                status.body());
        assertEquals(0, audit(ref, "GELEZEN", "f.deboer"), "nothing was shown to her, so nothing read");
        assertEquals(0, audit(ref, "GELEZEN", "U0ADMIN01"));
    }

    @Test
    void onceEscalatedToTheAdminsSheSeesTheSignalInTheInboxAndTheChatAndEachReadIsAudited() throws Exception {
        String marker = "Escalatiemarker-" + UUID.randomUUID();
        String ref = meld("Leerling heeft ineens drie telefoons en veel contant geld. " + marker);
        escaleerNaarBeheerders(ref);

        HttpResponse<String> pagina = inbox("GET", "/inbox", login(FEMKE_EMAIL));
        Antwoord chat = gesprek.beantwoord(Bericht.tekst(FEMKE_TEAMS, null, "mijn meldingen"));

        assertTrue(pagina.body().contains(marker), "escalated to her: she sees the description");
        assertTrue(pagina.body().contains("action=\"/inbox/signaal/" + ref + "/opgepakt\""), pagina.body());
        assertTrue(tekst(chat).contains(marker), tekst(chat));
        assertEquals(1, audit(ref, "GELEZEN", "inbox:" + FEMKE_EMAIL));
        assertEquals(1, audit(ref, "GELEZEN", "TEAMS:00000000-0000-4000-8000-000000000901"));
        HttpResponse<String> status = admin("/admin/status");
        assertFalse(status.body().contains(marker), "the admin API has no person behind it: counts only, always");
    }

    @Test
    void anAdminCannotForwardPickUpOrCloseASignalThatWasNotEscalatedToHerAndEachAttemptIsAudited() throws Exception {
        String marker = "Doorstuurmarker-" + UUID.randomUUID();
        String ref = meld("Leerling vertelt over een boete via Snapchat. " + marker);
        String femke = login(FEMKE_EMAIL);

        HttpResponse<String> doorsturen = inbox("POST", "/inbox/signaal/" + ref + "/doorsturen", femke);
        HttpResponse<String> oppakken = inbox("POST", "/inbox/signaal/" + ref + "/opgepakt", femke);
        Antwoord inDeChat = gesprek.beantwoord(
                Bericht.actie(FEMKE_SLACK, null, Actie.of(Actie.SIGNAAL_DOORSTUREN, "signaal", ref)));

        for (HttpResponse<String> r : List.of(doorsturen, oppakken)) {
            assertEquals(403, r.statusCode(), r.body());
            assertTrue(r.body().contains("niet naar de beheerders geëscaleerd"), r.body());
            assertFalse(r.body().contains(marker), r.body());
        }
        assertTrue(tekst(inDeChat).contains("niet naar de beheerders geëscaleerd"), tekst(inDeChat));
        assertEquals(
                0,
                jdbc.sql("select count(*) from signaal_audit a join signaal s on s.id = a.signaal_id"
                                + " where s.referentie = :ref and a.actie = 'DOORGESTUURD'")
                        .param("ref", ref)
                        .query(Long.class)
                        .single(),
                "nothing forwarded");
        assertEquals(
                "NIEUW",
                jdbc.sql("select status from signaal where referentie = :ref")
                        .param("ref", ref)
                        .query(String.class)
                        .single());
        assertEquals(2, audit(ref, "GEWEIGERD", "inbox:" + FEMKE_EMAIL));
        assertEquals(1, audit(ref, "GEWEIGERD", "SLACK:U0ADMIN01"));

        escaleerNaarBeheerders(ref);
        HttpResponse<String> daarna = inbox("POST", "/inbox/signaal/" + ref + "/doorsturen", femke);
        assertEquals(200, daarna.statusCode(), daarna.body());
        assertEquals(1, audit(ref, "DOORGESTUURD", "inbox:" + FEMKE_EMAIL), "escalated to her: she may forward");
    }
}
