package nl.weerbaar.bot.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.weerbaar.bot.BotTest;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.bot.reply.Bericht;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, "drafts created for every message flagged as a signal": a message the recogniser flags
 * as a signal is answered with "Signaal doorgeven", but the teacher's words become a draft only when
 * they press it. Until then the server holds nothing it can read (see docs/SECURITY.md).
 */
class SignaalVoorstelTest extends BotTest {
    /** Recognised (ANSWER) and flagged as a signal; unique to this test class. */
    private static final String SIGNAAL =
            "Een leerling uit klas 3C heeft sinds kort drie telefoons en veel contant geld bij zich.";
    /** Recognised, flagged as a signal and as urgent. */
    private static final String URGENT = "Er staat nu een jongen met een mes bij het hek van klas 3C.";

    @Autowired
    Gesprek gesprek;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignaalWerk werk;

    private final String user = "voorstel-" + UUID.randomUUID();

    private Antwoord typ(String wie, String tekst) {
        return gesprek.beantwoord(Bericht.tekst(Afzender.web(wie), "de-linde", tekst));
    }

    private Antwoord druk(String wie, Actie actie) {
        return gesprek.beantwoord(Bericht.actie(Afzender.web(wie), null, actie));
    }

    private int concepten(String wie) {
        return jdbc.sql("select count(*) from signaal_concept where user_id = :u")
                .param("u", wie)
                .query(Integer.class)
                .single();
    }

    private static List<String> teksten(Antwoord a) {
        return a.onderdelen().stream()
                .filter(Tekst.class::isInstance)
                .map(t -> ((Tekst) t).tekst())
                .toList();
    }

    @Test
    void aFlaggedMessageWhoseButtonIsNeverPressedLeavesNoDraft() {
        Antwoord antwoord = typ(user, SIGNAAL);

        Melden.actie(antwoord, "Signaal doorgeven"); // offered
        assertEquals(0, concepten(user), "no draft before the teacher presses 'Signaal doorgeven'");
    }

    @Test
    void anUrgentFlaggedMessageWhoseButtonIsNeverPressedLeavesNoDraft() {
        Antwoord antwoord = typ(user, URGENT);

        assertEquals(
                new Antwoord.Bellen("Bel 112", "112"), antwoord.onderdelen().get(0));
        Melden.actie(antwoord, "Signaal doorgeven");
        assertEquals(0, concepten(user), "no draft before the teacher presses 'Signaal doorgeven'");
    }

    @Test
    void pressingTheButtonStartsTheDialogueWithTheTextPrefilledAndTakesThePlaceOfTheProposal() {
        Actie doorgeven = Melden.actie(typ(user, SIGNAAL), "Signaal doorgeven");

        Antwoord controle = druk(user, doorgeven);

        assertEquals("Bij acuut gevaar: bel 112.", teksten(controle).get(0));
        assertTrue(
                teksten(controle).contains("Dit geef ik door als beschrijving: \"" + SIGNAAL + "\""),
                teksten(controle)::toString);
        assertEquals(1, concepten(user), "the press made the draft");
        assertEquals(0, voorstellen(doorgeven), "the draft took the sealed proposal's place");
        Antwoord urgentie = druk(user, Melden.actie(controle, "Zo doorgeven"));
        Antwoord leerling = druk(user, Melden.actie(urgentie, "Nee"));
        Antwoord samenvatting = druk(user, Melden.actie(leerling, "Overslaan"));
        Antwoord verstuurd = druk(user, Melden.actie(samenvatting, "Versturen"));

        assertTrue(teksten(verstuurd).get(1).startsWith("Doorgegeven aan Sanne de Vries. Referentie S-"));
        assertEquals(
                SIGNAAL,
                jdbc.sql("select beschrijving from signaal where melder_id = :u")
                        .param("u", user)
                        .query(String.class)
                        .single());
        assertEquals(
                teksten(verstuurd),
                teksten(druk(user, doorgeven)),
                "pressing the old button again shows the signal it became");
    }

    @Test
    void pressingTheButtonOfAnUrgentMessageKeepsTheUrgencyItWasRecognisedWith() {
        Antwoord controle = druk(user, Melden.actie(typ(user, URGENT), "Signaal doorgeven"));

        assertTrue(teksten(controle).contains("Dit geef ik door als beschrijving: \"" + URGENT + "\""));
        Antwoord volgende = druk(user, Melden.actie(controle, "Zo doorgeven"));
        assertTrue(
                teksten(volgende).stream().anyMatch(t -> t.startsWith("Wil je de leerling aanduiden")),
                () -> "urgency not asked again: " + teksten(volgende));
        Antwoord samenvatting = druk(user, Melden.actie(volgende, "Overslaan"));
        assertTrue(teksten(samenvatting).contains("Urgentie: dringend"), teksten(samenvatting)::toString);
    }

    @Test
    void neitherTheButtonNorTheStoredProposalHoldsTheTeachersWords() {
        Actie doorgeven = Melden.actie(typ(user, SIGNAAL), "Signaal doorgeven");

        assertEquals(Set.of("voorstel", "sleutel"), doorgeven.waarden().keySet());
        assertFalse(
                doorgeven.waarden().toString().contains("telefoons"), "the button carries an id and a key, not text");
        String opgeslagen = jdbc.sql("select inhoud from signaal_voorstel where id = :id")
                .param("id", doorgeven.waarde("voorstel"))
                .query(String.class)
                .single();
        for (String woord : List.of("telefoons", "contant geld", "klas 3C", user)) {
            assertFalse(opgeslagen.contains(woord), woord);
            assertFalse(
                    new String(Base64.getDecoder().decode(opgeslagen), StandardCharsets.ISO_8859_1).contains(woord),
                    woord);
        }
        assertFalse(opgeslagen.contains(doorgeven.waarde("sleutel")), "the key is not stored");
    }

    @Test
    void anotherUserPressingTheButtonGetsAnEmptyDraftAndTheTeacherStillTheirOwn() {
        Actie doorgeven = Melden.actie(typ(user, SIGNAAL), "Signaal doorgeven");
        String collega = "voorstel-" + UUID.randomUUID();

        Antwoord vanCollega = druk(collega, doorgeven); // e.g. the same card in a Teams or Slack channel

        assertFalse(vanCollega.toString().contains("telefoons"), vanCollega::toString);
        assertTrue(teksten(vanCollega).stream().anyMatch(t -> t.startsWith("Beschrijf kort wat je hebt gezien")));
        assertEquals(1, voorstellen(doorgeven), "another user's press leaves the teacher's proposal");
        assertTrue(teksten(druk(user, doorgeven)).contains("Dit geef ik door als beschrijving: \"" + SIGNAAL + "\""));
    }

    @Test
    void aForgedKeyOpensNothing() {
        Actie doorgeven = Melden.actie(typ(user, SIGNAAL), "Signaal doorgeven");
        String anderSleutel =
                Melden.actie(typ(user, URGENT), "Signaal doorgeven").waarde("sleutel");

        for (String sleutel : List.of(anderSleutel, "", "AAAA", "%%%", "A".repeat(43))) {
            Antwoord a = gesprek.beantwoord(Bericht.actie(
                    Afzender.web(user),
                    null,
                    new Actie(Actie.SIGNAAL, Map.of("voorstel", doorgeven.waarde("voorstel"), "sleutel", sleutel))));
            assertFalse(a.toString().contains("telefoons"), sleutel);
            jdbc.sql("delete from signaal_concept where user_id = :u")
                    .param("u", user)
                    .update();
            assertEquals(1, voorstellen(doorgeven), "a wrong key leaves the proposal: " + sleutel);
        }
    }

    @Test
    void aProposalOlderThanTheDraftValidityOpensNothingAndIsPurged() {
        Actie doorgeven = Melden.actie(typ(user, SIGNAAL), "Signaal doorgeven");
        jdbc.sql("update signaal_voorstel set aangemaakt_op = :op where id = :id")
                .param("op", Timestamp.from(Instant.now().minus(Duration.ofMinutes(61))))
                .param("id", doorgeven.waarde("voorstel"))
                .update();

        Antwoord laat = druk(user, doorgeven);

        assertFalse(laat.toString().contains("telefoons"), laat::toString);
        assertTrue(teksten(laat).stream().anyMatch(t -> t.startsWith("Beschrijf kort wat je hebt gezien")));
        werk.opschonen();
        assertEquals(0, voorstellen(doorgeven), "the purge deleted the expired proposal");
    }

    private int voorstellen(Actie doorgeven) {
        return jdbc.sql("select count(*) from signaal_voorstel where id = :id")
                .param("id", doorgeven.waarde("voorstel"))
                .query(Integer.class)
                .single();
    }
}
