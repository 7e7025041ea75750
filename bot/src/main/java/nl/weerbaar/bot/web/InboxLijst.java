package nl.weerbaar.bot.web;

import java.util.List;
import nl.weerbaar.bot.signals.OpenAantallen;
import nl.weerbaar.bot.signals.SignaalKaart;

/**
 * The inbox page of a signed-in person (template {@code inbox/lijst.jte}).
 *
 * @param melding the outcome of the action just taken, or null
 * @param email who is signed in
 * @param kaarten the open signals they may see
 * @param aantallen for an admin, the open signals not escalated to them, as counts only
 */
public record InboxLijst(String melding, String email, List<SignaalKaart> kaarten, OpenAantallen aantallen) {

    /** A list without counts: for an aanspreekpunt or backup. */
    public InboxLijst(String melding, String email, List<SignaalKaart> kaarten) {
        this(melding, email, kaarten, new OpenAantallen(List.of()));
    }
}
