package nl.weerbaar.bot.signals;

import java.util.List;
import nl.weerbaar.bot.reply.Antwoord.Knop;

/**
 * The signal card: what an aanspreekpunt, backup or admin is shown of one signal. Built and worded
 * once ({@link SignaalKaarten}), rendered by each surface like an {@code Antwoord}: an Adaptive Card
 * in Teams, Block Kit in Slack, the inbox template on the web.
 *
 * @param referentie the signal's reference, e.g. {@code S-ABC234}
 * @param urgent whether the signal is urgent (the card stands out)
 * @param waarschuwing the 112 advice, shown first; null when the signal is not urgent
 * @param kop the heading
 * @param velden the facts in the order shown: "Beschrijving", "Leerling", "Gemeld door", …
 * @param notitie an aside after the facts, or null
 * @param knoppen what the reader can do now; each {@code Actie} carries {@code signaal -> referentie}
 */
public record SignaalKaart(
        String referentie,
        boolean urgent,
        String waarschuwing,
        String kop,
        List<Veld> velden,
        String notitie,
        List<Knop> knoppen) {

    public SignaalKaart {
        velden = List.copyOf(velden);
        knoppen = List.copyOf(knoppen);
    }

    /** One fact of the card, such as "Urgentie: urgent". */
    public record Veld(String naam, String waarde) {}
}
