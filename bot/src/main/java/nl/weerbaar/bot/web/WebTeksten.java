package nl.weerbaar.bot.web;

/**
 * The web's own texts, in one place: why the web chat API refused a request (the answers themselves
 * come from the conversation) and what the signals inbox says. See {@code GesprekTeksten} for why
 * plain Java.
 */
final class WebTeksten {
    private WebTeksten() {}

    static final String STUUR_JSON = "Stuur JSON (Content-Type: application/json).";
    static final String LEEG = "Lege aanvraag: stuur {\"user\": \"…\", \"text\": \"…\"}.";
    static final String ONGELDIGE_JSON =
            "Ongeldige JSON: stuur {\"user\": \"…\", \"text\": \"…\"} of {\"user\": \"…\", \"action\": {…}}.";
    static final String USER_ONTBREEKT = "Het veld 'user' ontbreekt.";
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
