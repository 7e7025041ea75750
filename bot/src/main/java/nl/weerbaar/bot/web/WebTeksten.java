package nl.weerbaar.bot.web;

/**
 * The web's own texts, in one place: the web chat page and the labels its script draws a reply
 * with, the page {@code /} shows when the web chat is off, why the web chat API refused a request
 * (the answers themselves come from the conversation) and what the signals inbox says. The pages'
 * are public: the templates in {@code src/main/jte/web} and {@code src/main/jte/inbox} say them
 * ({@code ${WebTeksten.…}}), compiled into another package. See {@code GesprekTeksten} for why plain Java.
 */
public final class WebTeksten {
    private WebTeksten() {}

    // ---- the local web chat (template web/chat.jte; chat.js reads its labels from the page's data-*)
    public static final String CHAT_TITEL = "Weerbaar — webchat";
    /** Followed by the 112 link and a full stop; the same advice as {@code ReplyParts.BEL_112}. */
    public static final String CHAT_BIJ_ACUUT_GEVAAR_BEL = "Bij acuut gevaar: bel";

    public static final String CHAT_UITLEG = "Deze lokale chat is om de bot te proberen; er is geen inlog. Deel hier"
            + " geen namen of gegevens van leerlingen.";
    public static final String CHAT_JOUW_LOCATIE = "Jouw locatie";
    public static final String CHAT_KIES_JE_LOCATIE = "Kies je locatie…";
    public static final String CHAT_GESPREK = "Gesprek";
    public static final String CHAT_WELKOM = "Beschrijf in je eigen woorden waar je tegenaan loopt, bijvoorbeeld"
            + " „Collega's durven het niet aan te kaarten als ze iets vermoeden”.";
    public static final String CHAT_JE_VRAAG = "Je vraag";
    public static final String CHAT_VERSTUREN = "Versturen";
    public static final String CHAT_INVOER_HINT = "Enter verstuurt, Shift+Enter geeft een nieuwe regel.";
    // the labels chat.js draws a reply with
    public static final String CHAT_FOUT_NETWERK = "Er ging iets mis; probeer het opnieuw.";
    public static final String CHAT_WAT_JE_KUNT_DOEN = "Wat je kunt doen:";
    /** Followed by " (locatie): " or ": " and the name. */
    public static final String CHAT_JOUW_AANSPREEKPUNT = "Jouw aanspreekpunt";

    public static final String CHAT_EMAIL = "E-mail: ";
    public static final String CHAT_TELEFOON = "Telefoon: ";
    public static final String CHAT_BIJ_AFWEZIGHEID = "Bij afwezigheid: ";
    public static final String CHAT_DOELGROEP = "Doelgroep: ";
    /** The name of a group of buttons without a question. */
    public static final String CHAT_KEUZES = "Keuzes";
    /** Who says a message. */
    public static final String CHAT_BOT = "Weerbaar:";

    public static final String CHAT_JIJ = "Jij:";

    // ---- / when the web chat is off (template web/info.jte)
    public static final String INFO_TITEL = "Weerbaar — hulp bij schoolveiligheid";
    public static final String INFO_ONDERTITEL = "Hulp bij schoolveiligheid, jeugdcriminaliteit en ondermijning";
    /** Around the catalogue's name, {@link #INFO_CATALOGUS}. */
    public static final String INFO_WAT_HET_DOET_VOOR =
            "Weerbaar helpt leraren die een knelpunt beschrijven: het herkent welk knelpunt uit de catalogus";

    public static final String INFO_CATALOGUS = "Een weerbare school";
    public static final String INFO_WAT_HET_DOET_NA = "bedoeld wordt en antwoordt met de interventies, het"
            + " aanspreekpunt van de locatie en de trainingen die erbij horen. Leraren kunnen een signaal over een"
            + " leerling doorgeven aan hun aanspreekpunt.";
    public static final String INFO_DEZE_INSTALLATIE = "Deze installatie";
    /** Followed by the link to the health endpoint. */
    public static final String INFO_DE_APP_DRAAIT = "De app draait. Status:";
    /** Followed by the setting that turns it on. */
    public static final String INFO_WEBCHAT_UIT =
            "De lokale webchat staat uit omdat Teams- of Slack-gegevens zijn ingesteld; zet hem aan met";

    public static final String INFO_INSTELLEN = "Instellen";
    public static final String INFO_EIGEN_CATALOGUS = "Eigen catalogus en organisatie (locaties, aanspreekpunten):";
    public static final String INFO_PAD_NAAR_CATALOGUS = "/pad/naar/catalogus";
    public static final String INFO_CONTROLEREN_MET = "controleren met";
    public static final String INFO_POSTGRESQL = "PostgreSQL in plaats van de ingebouwde H2-database:";
    public static final String INFO_README = "Alles staat beschreven in de README van het project.";

    // ---- the signals inbox (the templates)
    public static final String INBOX_TITEL = "Weerbaar – signalen";
    public static final String INBOX_VOORZICHTIG = "Eén signaal bewijst nog niets, en een leerling die bij"
            + " criminaliteit betrokken lijkt, is vaak zelf ook slachtoffer (criminele uitbuiting). Elke keer dat je"
            + " deze pagina opent, wordt vastgelegd wie welk signaal heeft gezien.";
    public static final String INBOX_UIT = "De inbox staat uit: er is geen geheim ingesteld.";
    public static final String INBOX_ONGELDIGE_LINK =
            "Deze link is ongeldig of verlopen. Vraag een beheerder om een nieuwe.";
    public static final String INBOX_LINK_GEBRUIKT =
            "Deze link is al gebruikt. Een inloglink werkt één keer; vraag een beheerder om een nieuwe.";
    public static final String INBOX_UITGELOGD = "Je bent uitgelogd.";
    public static final String INBOX_UITLOGGEN = "Uitloggen";
    /** Followed by the command that makes the link: "(opdracht inbox-link)". */
    public static final String INBOX_LOG_IN = "Log in met je persoonlijke link. Die krijg je van een beheerder";

    public static final String INBOX_BEVESTIG =
            "Je opent de inbox van Weerbaar met je persoonlijke link. De link werkt één keer: druk op Inloggen.";
    public static final String INBOX_INLOGGEN = "Inloggen";

    public static final String OPDRACHT = "opdracht";

    /** Who is signed in, and how many open signals they have. */
    public static String ingelogd(String email, int open) {
        return "Ingelogd als " + email + ". "
                + (open == 0 ? "Er staan geen open signalen voor je klaar." : "Open signalen: " + open + ".");
    }

    // ---- why the web chat API refused a request

    static final String STUUR_JSON = "Stuur JSON (Content-Type: application/json).";
    static final String LEEG = "Lege aanvraag: stuur {\"text\": \"…\"}.";
    static final String ONGELDIGE_JSON = "Ongeldige JSON: stuur {\"text\": \"…\"} of {\"action\": {…}}.";
    static final String TEXT_OF_ACTION = "Stuur precies één van 'text' of 'action'.";
    static final String TEXT_LEEG = "Het veld 'text' is leeg.";
    static final String ACTION_TYPE_ONTBREEKT = "Het veld 'action.type' ontbreekt.";
    static final String WAARDEN_ONGELDIG = "Ongeldige 'action.waarden'.";

    /** The inbox: a form posted an action that does not exist. */
    static final String ONBEKENDE_ACTIE = "Onbekende actie.";

    static String teGroot(int bytes) {
        return "Het bericht is te groot (meer dan " + bytes + " bytes).";
    }

    static String userTeLang(int tekens) {
        return "Het veld 'user' is langer dan " + tekens + " tekens.";
    }

    static String onbekendeLocatie(String locatie) {
        return "Onbekende locatie '" + locatie + "'. Zie GET /api/locaties.";
    }

    static String tekstTeLang(int tekens) {
        return "De tekst is langer dan " + tekens + " tekens. Vat je vraag korter samen.";
    }

    // ---- the error page (template web/fout.jte) and errors of the API routes ({"error": "…"})
    public static final String FOUT_TITEL = "Weerbaar – foutmelding";
    public static final String FOUT_STATUS = "Foutcode";
    public static final String FOUT_VERDER = "Verder naar Weerbaar";

    static String foutKop(int status) {
        return switch (status) {
            case 400 -> "Dit verzoek klopt niet";
            case 401, 403 -> "Hier heb je geen toegang toe";
            case 404 -> "Deze pagina bestaat niet";
            case 405 -> "Deze pagina kun je zo niet openen";
            case 413 -> "Dit is te groot";
            default -> status >= 500 ? "Er ging iets mis bij Weerbaar" : "Dit verzoek kan niet worden verwerkt";
        };
    }

    static String foutUitleg(int status) {
        return switch (status) {
            case 400 -> "Het verzoek was niet volledig of niet goed leesbaar. Ga terug en probeer het opnieuw.";
            case 401, 403 -> "Log in met je persoonlijke link, of vraag de beheerder om toegang.";
            case 404 -> "Controleer het adres, of ga verder naar de startpagina.";
            case 405 -> "Dit adres hoort bij een knop. Ga terug naar de pagina en gebruik de knop daar.";
            case 413 -> "Wat je stuurde is groter dan Weerbaar aanneemt. Maak het korter en probeer het opnieuw.";
            default ->
                status >= 500
                        ? "Dat ligt niet aan jou. Probeer het over een paar minuten opnieuw."
                        : "Ga terug en probeer het opnieuw.";
        };
    }

    /** The {@code error} of a JSON error: what a program (or its developer) reads. */
    static String foutVoorProgramma(int status, String toegestaan) {
        return switch (status) {
            case 400 -> "Het verzoek klopt niet.";
            case 401 -> "Niet ingelogd of het token klopt niet.";
            case 403 -> "Geen toegang.";
            case 404 -> "Dit adres bestaat niet.";
            case 405 ->
                toegestaan == null || toegestaan.isBlank()
                        ? "Deze methode kan niet op dit adres."
                        : "Dit adres neemt alleen " + toegestaan + " aan.";
            case 406 -> "Dit adres geeft alleen JSON.";
            case 413 -> "Het verzoek is te groot.";
            case 415 -> "Dit type inhoud wordt hier niet aangenomen.";
            default ->
                status >= 500
                        ? "Er ging iets mis bij Weerbaar. Probeer het later opnieuw."
                        : "Het verzoek kan niet worden verwerkt.";
        };
    }
}
