package nl.weerbaar.bot.conversation;

import static nl.weerbaar.bot.conversation.ConversationTest.delen;
import static nl.weerbaar.bot.conversation.ConversationTest.knop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import nl.weerbaar.bot.BotTest;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Bellen;
import nl.weerbaar.bot.reply.Antwoord.KnelpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.Antwoord.Soort;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.bot.reply.Antwoord.TrainingenDeel;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.bot.signals.Actor;
import nl.weerbaar.bot.signals.Melden;
import nl.weerbaar.bot.signals.Signalen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Acute danger is answered as an emergency: 112 to tap, three things to do now, the aanspreekpunt to
 * tap, "Signaal doorgeven" with the urgency set; the catalogue one tap away. In the signal flow the
 * 112 advice stands at the start and on the confirmation only.
 */
class AcuutAntwoordTest extends BotTest {
    static final String MES = "Er loopt nu een leerling met een mes door de gang die andere leerlingen bedreigt";
    static final Tekst BEL_112_REGEL = new Tekst(Soort.WAARSCHUWING, "Bij acuut gevaar: bel 112.");
    static final String DRINGEND_VRAAG = "Is het dringend (moet het vandaag nog worden opgepakt)?";

    @Autowired
    Gesprek gesprek;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Signalen signalen;

    private final Afzender leraar = Afzender.web("acuut-" + UUID.randomUUID());

    private Antwoord typ(String locatie, String tekst) {
        return gesprek.beantwoord(Bericht.tekst(leraar, locatie, tekst));
    }

    private Antwoord druk(Knop knop) {
        return gesprek.beantwoord(Bericht.actie(leraar, null, knop.actie()));
    }

    private static boolean vraagt(Antwoord antwoord, String vraag) {
        return delen(antwoord, Knoppen.class).stream().anyMatch(k -> vraag.equals(k.vraag()));
    }

    private static long aantal112(Antwoord antwoord) {
        return antwoord.onderdelen().stream()
                .filter(d -> d.equals(BEL_112_REGEL)
                        || d instanceof Bellen b && b.nummer().equals("112"))
                .count();
    }

    @Test
    void aKnifeThreatGetsBel112ThenThreeStepsWithTheAanspreekpuntToCallThenSignaalDoorgevenNotTheCatalogue() {
        Antwoord antwoord = typ("de-linde", MES);

        List<Onderdeel> delen = antwoord.onderdelen();
        assertEquals(7, delen.size(), delen::toString);
        assertEquals(new Bellen("Bel 112", "112"), delen.get(0));
        assertEquals("tel:112", ((Bellen) delen.get(0)).link());
        assertEquals(
                List.of(
                        new Tekst(Soort.NORMAAL, "Is er nu gevaar? Bel eerst 112. Doe daarna meteen dit:"),
                        new Tekst(
                                Soort.NORMAAL,
                                "1. Breng jezelf en de leerlingen in veiligheid en houd anderen weg van de plek."),
                        new Tekst(
                                Soort.NORMAAL,
                                "2. Ga de confrontatie niet aan: spreek de dader niet aan en pak geen wapen af."),
                        new Tekst(
                                Soort.NORMAAL,
                                "3. Waarschuw direct de schoolleiding en je aanspreekpunt, Sanne de Vries.")),
                delen.subList(1, 5));
        assertEquals(new Bellen("Bel Sanne de Vries: 010 000 0101", "0100000101"), delen.get(5));
        Knoppen knoppen = (Knoppen) delen.get(6);
        assertEquals(
                List.of("Signaal doorgeven", "Meer over dit knelpunt"),
                knoppen.knoppen().stream().map(Knop::label).toList());
        assertTrue(knoppen.knoppen().get(0).primair(), "Signaal doorgeven is the primary button");
        assertFalse(knoppen.knoppen().get(1).primair());
        assertTrue(delen(antwoord, KnelpuntDeel.class).isEmpty(), "no interventies in the acute answer");
        assertTrue(delen(antwoord, TrainingenDeel.class).isEmpty(), "no trainingen in the acute answer");
    }

    @Test
    void bel112ComesBeforeANoticeAboutTheTeachersEarlierSignal() {
        String ref = Melden.meld(gesprek, leraar, "de-linde", "Leerling heeft ineens veel nieuwe spullen.", false);
        assertTrue(signalen.oppakken(Actor.inbox("s.devries@voorbeeldcollege.example"), ref)
                .gelukt());

        Antwoord antwoord = typ("de-linde", MES);

        assertEquals(new Bellen("Bel 112", "112"), antwoord.onderdelen().get(0));
        Tekst melding = (Tekst) antwoord.onderdelen().get(1);
        assertTrue(
                melding.tekst().startsWith("Je signaal " + ref + " is opgepakt door Sanne de Vries"), melding::tekst);
        assertEquals(
                new Tekst(Soort.NORMAAL, "Is er nu gevaar? Bel eerst 112. Doe daarna meteen dit:"),
                antwoord.onderdelen().get(2));
    }

    @Test
    void meerOverDitKnelpuntGivesTheInterventiesAndTrainingenOneTapAway() {
        Antwoord meer = druk(knop(typ("de-linde", MES), "Meer over dit knelpunt"));

        KnelpuntDeel knelpunt = ConversationTest.deel(meer, KnelpuntDeel.class);
        assertEquals("bekwaamheid-handelen", knelpunt.id());
        assertEquals(3, knelpunt.interventies().size());
        assertFalse(delen(meer, TrainingenDeel.class).isEmpty());
    }

    @Test
    void withoutAKnownLocatieTheThirdStepAsksTheLocatieAsEverywhere() {
        Antwoord antwoord = typ(null, MES);

        assertEquals(new Bellen("Bel 112", "112"), antwoord.onderdelen().get(0));
        assertEquals(
                new Tekst(Soort.NORMAAL, "3. Waarschuw direct de schoolleiding en je aanspreekpunt."),
                antwoord.onderdelen().get(4));
        Knoppen locatie = (Knoppen) antwoord.onderdelen().get(5);
        assertEquals("Op welke locatie werk je?", locatie.vraag());
        assertEquals(
                List.of("Locatie De Linde", "Locatie Het Baken"),
                locatie.knoppen().stream().map(Knop::label).toList());
        knop(antwoord, "Signaal doorgeven");
    }

    @Test
    void signaalDoorgevenFromTheAcuteAnswerNeverAsksIsHetDringendAnd112StandsOnlyAtTheStartAndTheEnd() {
        Antwoord controle = druk(knop(typ("de-linde", MES), "Signaal doorgeven"));
        Antwoord leerling = druk(knop(controle, "Zo doorgeven"));
        Antwoord samenvatting = druk(knop(leerling, "Overslaan"));
        Antwoord verstuurd = druk(knop(samenvatting, "Versturen"));

        for (Antwoord stap : List.of(controle, leerling, samenvatting)) {
            assertFalse(vraagt(stap, DRINGEND_VRAAG), stap::toString);
        }
        assertTrue(delen(samenvatting, Tekst.class).contains(new Tekst(Soort.NORMAAL, "Urgentie: dringend")));
        assertEquals(BEL_112_REGEL, controle.onderdelen().get(0));
        assertEquals(0, aantal112(leerling));
        assertEquals(0, aantal112(samenvatting));
        assertEquals(BEL_112_REGEL, verstuurd.onderdelen().get(0));
        assertEquals(
                Boolean.TRUE,
                jdbc.sql("select urgent from signaal where melder_id = :u")
                        .param("u", leraar.userId())
                        .query(Boolean.class)
                        .single());
    }

    @Test
    void aKnifeThreatTypedAsTheDescriptionAfterMeldenIsUrgentWithoutAskingAndTheFlowSays112Twice() {
        Antwoord melden = typ("de-linde", "melden");
        Antwoord beschreven = typ(null, MES);
        Antwoord samenvatting = druk(knop(beschreven, "Overslaan"));
        Antwoord verstuurd = druk(knop(samenvatting, "Versturen"));

        assertEquals(BEL_112_REGEL, melden.onderdelen().get(0));
        assertEquals(
                new Tekst(
                        Soort.NORMAAL,
                        "Wil je de leerling aanduiden met initialen of klas (bijvoorbeeld \"J.B., 2B\")? Dat hoeft"
                                + " niet. Typ het, of kies Overslaan. Geen volledige namen."),
                beschreven.onderdelen().get(0),
                "straight on to the pupil: no urgency question, no 112 line");
        assertTrue(delen(samenvatting, Tekst.class).contains(new Tekst(Soort.NORMAAL, "Urgentie: dringend")));
        assertEquals(0, aantal112(samenvatting));
        assertEquals(BEL_112_REGEL, verstuurd.onderdelen().get(0));
    }

    @Test
    void aDescriptionWithoutDangerIsStillAskedWhetherItIsUrgent() {
        typ("de-linde", "melden");
        Antwoord beschreven = typ(null, "Een leerling heeft ineens drie nieuwe telefoons.");

        assertTrue(vraagt(beschreven, DRINGEND_VRAAG), beschreven::toString);
        assertEquals(0, aantal112(beschreven));
    }

    @Test
    void anAnonymousWebChatUserGetsTheStepsAndWhereToSignInInsteadOfTheSignalButton() {
        Antwoord antwoord =
                gesprek.beantwoord(Bericht.tekst(Afzender.webAnoniem("acuut-" + UUID.randomUUID()), "de-linde", MES));

        assertEquals(new Bellen("Bel 112", "112"), antwoord.onderdelen().get(0));
        assertEquals(
                List.of(new Knop(
                        "Meer over dit knelpunt", Actie.of(Actie.KNELPUNT, "knelpunt", "bekwaamheid-handelen"))),
                delen(antwoord, Knoppen.class).get(0).knoppen());
        assertTrue(delen(antwoord, Tekst.class).stream()
                .anyMatch(t -> t.soort() == Soort.NOTITIE
                        && t.tekst()
                                .startsWith("Dit doorgeven als signaal kan in de webchat alleen als je bent"
                                        + " ingelogd.")));
    }
}
