package nl.weerbaar.bot.web;

/**
 * The web's own texts, in one place: why the web chat API refused a request (the answers themselves
 * come from the conversation) and what the signals inbox says. The inbox's are public: the
 * templates in {@code src/main/jte/inbox} say them ({@code ${WebTeksten.…}}), compiled into another
 * package. See {@code GesprekTeksten} for why plain Java.
 */
public final class WebTeksten {
    private WebTeksten() {}

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
}
