package nl.weerbaar.bot.teams;

import java.nio.file.Path;
import nl.weerbaar.bot.reply.ReplyParts;

/**
 * What Teams adds to the conversation's texts, in one place: how to ask in a Teams channel, the
 * labels of the Adaptive Card (the ones every channel shows are in {@link ReplyParts}), the app
 * manifest and the {@code teams-package} command. See {@code GesprekTeksten} for why plain Java.
 */
final class TeamsTeksten {
    private TeamsTeksten() {}

    /** How to ask in a Teams channel: added to the conversation's welcome. */
    static final String IN_EEN_KANAAL = "In een kanaal noem je me eerst met @Weerbaar.";
    /** Signal contents asked for in a channel or group chat, when the personal chat could not be reached. */
    static final String PRIVE_MISLUKT = "Dit laat ik alleen in je persoonlijke chat met Weerbaar zien, en die kon ik"
            + " nu niet bereiken. Stuur het me daar nog eens.";

    /** The notification preview of a reply that has no sentence of its own to show (only buttons, say). */
    static final String NIEUW_ANTWOORD = "Weerbaar heeft je geantwoord.";

    // ---- the labels of a reply as an Adaptive Card
    static final String WAT_JE_KUNT_DOEN = "Wat je kunt doen:";
    static final String NAAM = "Naam";
    static final String ROL = "Rol";
    static final String EMAIL = "E-mail";
    static final String TELEFOON = "Telefoon";
    static final String BACKUP = "Backup";
    static final String DOELGROEP = "Doelgroep";

    // ---- the app manifest
    static final String APP_NAAM_VOLLEDIG = "Weerbaar: schoolveiligheid en ondermijning";
    static final String APP_KORT = "Hulp bij schoolveiligheid, jeugdcriminaliteit en ondermijning.";
    static final String APP_VOLLEDIG = "Weerbaar helpt leraren en schoolleiders bij knelpunten rond schoolveiligheid,"
            + " jeugdcriminaliteit en ondermijning. Beschrijf je situatie in je eigen woorden;"
            + " Weerbaar antwoordt met passende interventies, het aanspreekpunt van je locatie en"
            + " trainingen die erbij passen. " + ReplyParts.BEL_112;

    /**
     * The manifest's command menu: what a user sends by picking an entry (a phrase the
     * conversation's {@code Commando} understands), and what the menu says about it.
     */
    static final String COMMANDO_HELP = "help";

    static final String COMMANDO_HELP_UITLEG = "Wat Weerbaar kan";
    static final String COMMANDO_AANSPREEKPUNT = "wie is mijn aanspreekpunt";
    static final String COMMANDO_AANSPREEKPUNT_UITLEG = "Het aanspreekpunt van je locatie";
    static final String COMMANDO_THEMAS = "thema's";
    static final String COMMANDO_THEMAS_UITLEG = "Alle knelpunten per thema";
    static final String COMMANDO_TRAININGEN = "welke trainingen zijn er";
    static final String COMMANDO_TRAININGEN_UITLEG = "De trainingen en trajecten";
    static final String COMMANDO_LOCATIE = "mijn locatie";
    static final String COMMANDO_LOCATIE_UITLEG = "Je locatie bekijken of wijzigen";

    // ---- the teams-package command
    static final String PAKKET_OPDRACHT = "Maak het Teams-app-pakket (zip) om te uploaden.";
    static final String PAKKET_APP_ID = "de app-id van je Azure Bot, een GUID (standaard MicrosoftAppId)";
    static final String PAKKET_OUT = "het pakket (standaard weerbaar-teams.zip)";
    static final String PAKKET_WEBSITE =
            "https-adres voor privacy en voorwaarden (standaard https://weerbaar.example.org)";
    static final String PAKKET_GEEF_APP_ID =
            "Geef de app-id van je Azure Bot (een GUID) met --app-id of MicrosoftAppId.";
    static final String PAKKET_WEBSITE_HTTPS = "--website moet een https-adres zijn.";
    static final String PAKKET_UPLOADEN =
            "Upload het in Teams (Apps > Apps beheren > Een app uploaden) of in het Teams-beheercentrum.";

    static String pakketNietGeschreven(Path bestand, String reden) {
        return "Kan " + bestand + " niet schrijven: " + reden;
    }

    static String pakketGeschreven(Path bestand) {
        return "Teams-app-pakket geschreven: " + bestand;
    }
}
