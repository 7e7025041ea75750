package nl.weerbaar.bot.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.bot.signals.SignaalKaart.Veld;
import org.junit.jupiter.api.Test;

/** The signal card as one model: what the reader of a delivered card and of the inbox is shown. */
class SignaalKaartenTest {

    private static Knop knop(String label, String type, String referentie) {
        return new Knop(label, Actie.of(type, "signaal", referentie));
    }

    @Test
    void deliveredUrgentCardWarnsFirstShowsTheFactsAndLetsTheAanspreekpuntPickUpOrForward() {
        SignaalKaart kaart = Kaarten.bezorgd("urgent-aanspreekpunt");

        assertEquals(
                new SignaalKaart(
                        "S-ABC234",
                        true,
                        "Bij acuut gevaar: bel 112.",
                        "Urgent signaal S-ABC234 voor Locatie De Linde.",
                        List.of(
                                new Veld("Beschrijving", Kaarten.VIJANDIGE_BESCHRIJVING),
                                new Veld("Leerling", "J.B., 2B"),
                                new Veld("Gemeld door", "Lotte Visser (via Slack)"),
                                new Veld("Tijd", "ma 2 maart 2026, 14:05"),
                                new Veld("Urgentie", "urgent")),
                        ReplyParts.SIGNAAL_VOORZICHTIG,
                        List.of(
                                knop("Opgepakt", Actie.SIGNAAL_OPGEPAKT, "S-ABC234"),
                                knop("Doorsturen naar backup", Actie.SIGNAAL_DOORSTUREN, "S-ABC234"))),
                kaart);
    }

    @Test
    void theBackupIsToldWhyAndCannotForwardToItself() {
        SignaalKaart kaart = Kaarten.bezorgd("normaal-backup");

        assertNull(kaart.waarschuwing());
        assertEquals(
                "Nieuw signaal S-XYZ789 voor Locatie Het Baken. Je krijgt het als backup van het aanspreekpunt.",
                kaart.kop());
        assertEquals(
                List.of(
                        new Veld("Beschrijving", "Leerling staat op de uitkijk."),
                        new Veld("Gemeld door", "een collega (via webchat)"),
                        new Veld("Tijd", "ma 2 maart 2026, 14:05"),
                        new Veld("Urgentie", "normaal")),
                kaart.velden(),
                "no Leerling when none was given; an unnamed reporter is a colleague");
        assertEquals(List.of(knop("Opgepakt", Actie.SIGNAAL_OPGEPAKT, "S-XYZ789")), kaart.knoppen());
    }

    @Test
    void anAdminIsToldTheSignalWasNotPickedUpInTime() {
        assertEquals(
                "Nieuw signaal S-TMS456 voor Locatie Het Baken. Het is niet op tijd opgepakt; je krijgt het als"
                        + " beheerder.",
                Kaarten.bezorgd("teams-beheerder").kop());
    }

    @Test
    void inboxCardShowsTheStatusAndOnlyTheActionsThatFitIt() {
        SignaalKaart nieuw = Kaarten.inboxUrgent();
        SignaalKaart opgepakt = Kaarten.inboxOpgepakt();

        assertEquals("Urgent signaal S-ABC234 · Locatie De Linde", nieuw.kop());
        assertEquals("Bij acuut gevaar: bel 112.", nieuw.waarschuwing());
        assertEquals(new Veld("Status", "nog niet opgepakt"), nieuw.velden().get(5));
        assertEquals(
                List.of(
                        knop("Opgepakt", Actie.SIGNAAL_OPGEPAKT, "S-ABC234"),
                        knop("Doorsturen naar backup", Actie.SIGNAAL_DOORSTUREN, "S-ABC234")),
                nieuw.knoppen());
        assertNull(nieuw.notitie(), "the inbox page carries its own note, once");

        assertEquals("Signaal S-TMS456 · Locatie Het Baken", opgepakt.kop());
        assertEquals(
                List.of(
                        new Veld("Beschrijving", "Ineens dure kleding."),
                        new Veld("Gemeld door", "Daan Smit (via Teams)"),
                        new Veld("Tijd", "ma 2 maart 2026, 14:05"),
                        new Veld("Urgentie", "normaal"),
                        new Veld("Status", "opgepakt door Marieke Jansen (ma 2 maart 2026, 15:30)")),
                opgepakt.velden());
        assertEquals(List.of(knop("Afgehandeld", Actie.SIGNAAL_AFGEHANDELD, "S-TMS456")), opgepakt.knoppen());
    }
}
