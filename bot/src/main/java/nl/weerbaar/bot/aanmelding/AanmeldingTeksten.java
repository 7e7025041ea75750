package nl.weerbaar.bot.aanmelding;

/**
 * The sign-in's own texts: the choice of provider ({@code /aanmelden}), "geen toegang", a failed
 * sign-in, logged out, and who is signed in; said by the templates under {@code
 * src/main/jte/aanmelding} ({@code ${AanmeldingTeksten.…}}), compiled into another package.
 */
public final class AanmeldingTeksten {
    private AanmeldingTeksten() {}

    public static final String TITEL = "Weerbaar — inloggen";
    public static final String KIES = "Log in met het account van school.";
    public static final String INGELOGD_ALS = "Ingelogd als";
    public static final String UITLOGGEN = "Uitloggen";
    public static final String INLOGGEN = "Inloggen";
    /** On the web chat page when nobody is signed in; followed by the "Inloggen" link. */
    public static final String CHAT_LOG_IN = "Zonder inloggen krijg je alleen antwoorden. Log in met je schoolaccount"
            + " om een signaal door te geven en je eigen meldingen te zien. Deel hier geen namen of gegevens van"
            + " leerlingen.";

    public static final String NAAR_CHAT = "Naar de chat";
    public static final String NAAR_INBOX = "Naar de inbox";
    public static final String NAAR_BEHEER = "Naar de beheerpagina";

    public static final String GEWEIGERD =
            "Geen toegang: dit account hoort niet bij de school. Log in met het" + " account dat je van school hebt.";
    public static final String MISLUKT = "Inloggen is niet gelukt. Probeer het opnieuw; lukt het dan nog niet, neem"
            + " contact op met de beheerder van Weerbaar.";
    public static final String UITGELOGD = "Je bent uitgelogd.";
    public static final String GEEN_INBOX = "Geen toegang: de inbox is alleen voor aanspreekpunten, hun backups en"
            + " beheerders. Een signaal doorgeven of je eigen meldingen zien kan in de chat.";
    public static final String GEEN_BEHEERDER = "Geen toegang: de beheerpagina is alleen voor beheerders.";

    /** The button of one provider: "Inloggen met Microsoft". */
    public static String inloggenMet(String provider) {
        return "Inloggen met " + provider;
    }
}
