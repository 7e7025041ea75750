package nl.weerbaar.bot.web;

import java.util.Arrays;
import java.util.Optional;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Antwoord.Knop;

/**
 * What the inbox's buttons do: a signal card's {@code Actie} as the form the inbox posts to
 * ({@code POST /inbox/signaal/<referentie>/<pad>}), and that path back to the action.
 */
public enum InboxActie {
    OPGEPAKT("opgepakt", Actie.SIGNAAL_OPGEPAKT),
    DOORSTUREN("doorsturen", Actie.SIGNAAL_DOORSTUREN),
    AFGEHANDELD("afgehandeld", Actie.SIGNAAL_AFGEHANDELD);

    private final String pad;
    private final String actie;

    InboxActie(String pad, String actie) {
        this.pad = pad;
        this.actie = actie;
    }

    static Optional<InboxActie> van(String pad) {
        return Arrays.stream(values()).filter(a -> a.pad.equals(pad)).findFirst();
    }

    /** Where the form of a signal card's button posts to. */
    public static String formulier(Knop knop) {
        InboxActie a = Arrays.stream(values())
                .filter(v -> v.actie.equals(knop.actie().type()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "no inbox form for " + knop.actie().type()));
        return "/inbox/signaal/" + knop.actie().waarde("signaal") + "/" + a.pad;
    }
}
