package nl.weerbaar.bot.reply;

/**
 * One incoming message: either text the user typed or a button they pressed.
 *
 * @param afzender who sent it
 * @param locatieId the locatie the channel states explicitly (e.g. the web chat's picker); null
 *     when the channel does not know
 * @param tekst the typed text, or null for a button press
 * @param actie the pressed button, or null for text
 */
public record Bericht(Afzender afzender, String locatieId, String tekst, Actie actie) {
    public Bericht {
        if ((tekst == null) == (actie == null)) {
            throw new IllegalArgumentException("a message is either text or a button press");
        }
    }

    public static Bericht tekst(Afzender afzender, String locatieId, String tekst) {
        return new Bericht(afzender, locatieId, tekst, null);
    }

    public static Bericht actie(Afzender afzender, String locatieId, Actie actie) {
        return new Bericht(afzender, locatieId, null, actie);
    }
}
