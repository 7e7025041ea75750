package nl.weerbaar.bot.reply;

/**
 * One incoming message: either text the user typed or a button they pressed.
 *
 * @param afzender who sent it
 * @param locatieId the locatie the channel states explicitly (e.g. the web chat's picker); null
 *     when the channel does not know
 * @param tekst the typed text, or null for a button press
 * @param actie the pressed button, or null for text
 * @param gedeeld true when others read the reply too (a Teams channel or group chat, a Slack
 *     channel): signal contents then go to the user's personal conversation ({@link
 *     Antwoord#persoonlijk}). False for a personal chat, a Slack DM or ephemeral message, the web chat
 */
public record Bericht(Afzender afzender, String locatieId, String tekst, Actie actie, boolean gedeeld) {
    public Bericht {
        if ((tekst == null) == (actie == null)) {
            throw new IllegalArgumentException("a message is either text or a button press");
        }
    }

    /** Typed text in a personal conversation. */
    public static Bericht tekst(Afzender afzender, String locatieId, String tekst) {
        return new Bericht(afzender, locatieId, tekst, null, false);
    }

    /** A button pressed in a personal conversation. */
    public static Bericht actie(Afzender afzender, String locatieId, Actie actie) {
        return new Bericht(afzender, locatieId, null, actie, false);
    }

    /** The same message, sent where others read the reply too ({@code gedeeld}) or not. */
    public Bericht gedeeld(boolean gedeeld) {
        return new Bericht(afzender, locatieId, tekst, actie, gedeeld);
    }
}
