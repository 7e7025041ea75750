package nl.weerbaar.bot.conversation;

/**
 * Every sentence and button label the conversation says, in one place (the sentences shared with
 * other features are in {@link nl.weerbaar.bot.reply.ReplyParts}). Plain Java rather than a
 * {@code .properties} bundle: there is one language, a parameter is a method argument checked by
 * the compiler, and Dutch apostrophes ("thema's", "Typ 'help'") need no escaping as in
 * {@code MessageFormat}. {@code TekstenTest} checks that every text here is used and that no Dutch
 * sentence is left in the code around it.
 */
final class GesprekTeksten {
    private GesprekTeksten() {}

    // ---- welcome, help, small talk

    static String groet(String naam) {
        return "Hoi" + (naam == null || naam.isBlank() ? "" : " " + naam) + "! Ik ben Weerbaar."
                + " Beschrijf in je eigen woorden waar je tegenaan loopt rond schoolveiligheid, jeugdcriminaliteit"
                + " of ondermijning. Ik zoek de passende interventies, je aanspreekpunt en trainingen erbij."
                + " Typ 'help' voor wat ik nog meer kan.";
    }

    static final String BEKIJK_KNELPUNTEN = "Bekijk de knelpunten";
    static final String HELP_BESCHRIJF = "Beschrijf een situatie of knelpunt in je eigen woorden, bijvoorbeeld:"
            + " \"Collega's durven het niet aan te kaarten als ze iets vermoeden.\" Ik antwoord met de interventies,"
            + " je aanspreekpunt en de trainingen die erbij passen.";
    static final String HELP_COMMANDOS = "Verder kun je typen: 'wie is mijn aanspreekpunt', 'welke trainingen zijn"
            + " er', 'mijn locatie', 'thema's', 'melden' (een signaal doorgeven) of 'mijn meldingen'.";

    // ---- informatievragen (the fixed answers are in informatie.yaml)

    /** One public number under an answer: "Veilig Thuis: 0800-2000. Zorgen over …". */
    static String contact(String naam, String telefoon, String wanneer) {
        return naam + ": " + telefoon + ". " + wanneer;
    }

    static String wettelijkKader(String naam, String toelichting) {
        return naam + ": " + toelichting;
    }

    /** Who takes over from whom, and how to reach them (phone and e-mail, either may be missing). */
    static String neemtOver(
            String vervanger, String rol, String afwezig, String locatie, String telefoon, String email) {
        String bereik = telefoon != null && email != null
                ? " Bel " + telefoon + " of mail " + email + "."
                : telefoon != null ? " Bel " + telefoon + "." : email != null ? " Mail " + email + "." : "";
        return vervanger + (rol == null || rol.isBlank() ? "" : " (" + rol + ")") + " neemt het over van " + afwezig
                + " op " + locatie + "." + bereik;
    }

    static final String BESTE_POGING = "Zo heb ik je vraag begrepen:";
    static final String OPSTARTEN = "Weerbaar start nog op. Probeer het over een paar seconden opnieuw.";
    static final String OPSLAG_WEG = "Dit lukt op dit moment niet: de opslag van Weerbaar is even niet bereikbaar."
            + " Er is niets doorgegeven. Neem voor een signaal direct contact op met je aanspreekpunt, of probeer het"
            + " over een paar minuten opnieuw.";

    // ---- acute danger: what to do now (../shared/domain/brief.md: 112 first)

    static final String BEL_112 = "Bel 112";
    static final String ACUUT_DOE_NU = "Is er nu gevaar? Bel eerst 112. Doe daarna meteen dit:";
    static final String ACUUT_VEILIGHEID =
            "1. Breng jezelf en de leerlingen in veiligheid en houd anderen weg van de plek.";
    static final String ACUUT_NIET_CONFRONTEREN =
            "2. Ga de confrontatie niet aan: spreek de dader niet aan en pak geen wapen af.";
    static final String ACUUT_WAARSCHUWEN = "3. Waarschuw direct de schoolleiding en je aanspreekpunt.";
    static final String MEER_OVER_KNELPUNT = "Meer over dit knelpunt";

    static String acuutWaarschuwen(String aanspreekpunt) {
        return "3. Waarschuw direct de schoolleiding en je aanspreekpunt, " + aanspreekpunt + ".";
    }

    static String bel(String naam, String telefoon) {
        return "Bel " + naam + ": " + telefoon;
    }

    // ---- knelpunten, trainingen, locatie

    static final String THEMAS = "De knelpunten per thema. Kies er een voor de interventies:";
    static final String TRAININGEN = "Dit zijn de trainingen en trajecten uit de catalogus:";
    static final String NIET_ZEKER = "Ik weet niet zeker welk knelpunt je bedoelt.";
    static final String GEEN_VAN_DEZE = "Geen van deze";
    static final String NIET_TE_PLAATSEN = "Dat kan ik niet goed plaatsen bij de knelpunten die ik ken. Kies"
            + " hieronder het knelpunt dat het meest op jouw situatie lijkt, of neem contact op met je aanspreekpunt.";
    static final String GEEN_VRAAG_OPEN =
            "Ik weet niet waar je dat op antwoordt. Kies een knop, of beschrijf in een paar woorden waar je tegenaan"
                    + " loopt.";
    static final String KNELPUNT_WEG = "Dat knelpunt staat niet (meer) in de catalogus. Kies er een uit het overzicht:";
    static final String ANDERE_LOCATIE = "Wil je een andere locatie kiezen?";
    static final String LOCATIE_ONBEKEND = "Die locatie ken ik niet.";

    static String jeLocatie(String locatie) {
        return "Je locatie is " + locatie + ".";
    }

    static String locatieGekozen(String locatie) {
        return "Je locatie is nu " + locatie + ". Dat onthoud ik.";
    }

    // ---- feedback, unknown buttons, reindex

    static final String DANK_REACTIE = "Dank je voor je reactie.";
    static final String HELPT = "Fijn dat het helpt. Dank je voor je reactie!";
    static final String HELPT_NIET =
            "Jammer. Kies hieronder het knelpunt dat beter past, of beschrijf je situatie op een andere manier.";
    static final String KNOP_ONBEKEND = "Die knop ken ik niet (meer). Typ je vraag opnieuw of typ 'help'.";
    static final String HERINDEXEREN_NIET = "Herindexeren is voorbehouden aan de beheerders van Weerbaar. Wil je iets"
            + " aan de catalogus laten veranderen? Vraag het aan je functioneel beheerder.";

    // ---- passing on a signal (SignaalFlow)

    static final String SIGNAAL_NU_NIET = "Een signaal doorgeven via Weerbaar lukt op dit moment niet. Neem direct"
            + " contact op met je aanspreekpunt.";
    /** The anonymous web chat: signals need a sign-in (the inbox's personal link). */
    static final String INLOGGEN_VOOR_SIGNALEN = "Een signaal doorgeven en je meldingen bekijken kan in de webchat"
            + " alleen als je bent ingelogd. Log in met je persoonlijke link naar de inbox (aanspreekpunten, backups"
            + " en beheerders krijgen die van een beheerder) en kom daarna in dezelfde browser terug naar deze chat."
            + " Geef je signaal anders direct door aan je aanspreekpunt.";
    /** Under an answer that sounds like a signal, in the anonymous web chat. */
    static final String SIGNAAL_INLOGGEN = "Dit doorgeven als signaal kan in de webchat alleen als je bent ingelogd."
            + " Log in met je persoonlijke link naar de inbox, of geef het direct door aan je aanspreekpunt.";

    static final String CONCEPT_VERLOPEN = "Dit signaal is verlopen of al afgebroken (een concept blijft een uur"
            + " bewaard). Typ 'melden' om opnieuw te beginnen.";
    static final String FORMULIER_VERLOPEN =
            "Dit formulier is verlopen (een concept blijft een uur bewaard). Begin" + " opnieuw:";
    static final String FORMULIER_ONVOLLEDIG = "Vul een beschrijving en een locatie in.";
    static final String BESCHRIJF = "Beschrijf kort wat je hebt gezien of gehoord. Je beschrijving gaat naar het"
            + " aanspreekpunt van je locatie; eerst laat ik je zien naar wie precies.";
    static final String KLOPT_DIT = "Klopt dit?";
    static final String WELKE_LOCATIE = "Op welke locatie gaat het om?";
    static final String DRINGEND_VRAAG = "Is het dringend (moet het vandaag nog worden opgepakt)?";
    static final String LEERLING_VRAAG = "Wil je de leerling aanduiden met initialen of klas (bijvoorbeeld \"J.B.,"
            + " 2B\")? Dat hoeft niet. Typ het, of kies Overslaan. Geen volledige namen.";
    static final String CONTROLEER = "Controleer je signaal:";
    static final String NAAR_AANSPREEKPUNT = "Dit signaal gaat naar het aanspreekpunt van de locatie.";
    static final String NAAR_GEKOZEN_LOCATIE = "Dit signaal gaat naar het aanspreekpunt en de backup van de locatie"
            + " die je kiest, en naar de beheerders bij escalatie als het niet op tijd wordt opgepakt.";
    static final String VERSTUREN_VRAAG = "Versturen?";
    static final String HET_AANSPREEKPUNT = "het aanspreekpunt";
    static final String BERICHT_BIJ_OPPAKKEN =
            "Je krijgt bericht zodra het is opgepakt. Typ 'mijn meldingen' om de status te zien.";
    static final String GEANNULEERD = "Het signaal is niet verstuurd en het concept is verwijderd.";
    static final String NOG_NIET_VERSTUURD =
            "Je melding is nog niet verstuurd. Wil je verder met je melding, of wil je hem weggooien?";
    static final String WEGGEGOOID = "Je melding is weggegooid: er is niets verstuurd. Stel je vraag gerust opnieuw.";
    static final String LEERLING_TYPEN = "Typ de initialen of de klas van de leerling, of kies Overslaan.";
    static final String GEEN_EIGEN = "Je hebt nog geen signalen doorgegeven (of ze zijn na de bewaartermijn gewist).";
    static final String EIGEN = "Jouw signalen:";
    static final String GEEN_OPEN = "Er staan geen open signalen voor je klaar.";
    static final String OPEN = "Open signalen voor jou:";
    /** In a channel or group chat: the list goes to the personal conversation. */
    static final String MELDINGEN_PRIVE = "Ik stuur je je meldingen in een privébericht.";
    /** In a channel or group chat: a signal is passed on in the personal conversation. */
    static final String SIGNAAL_PRIVE = "Een signaal geef je door in een privébericht. Ik ga daar met je verder.";

    static String typBeschrijving(String huidige) {
        return "Typ je beschrijving zoals die moet worden doorgegeven."
                + (huidige == null ? "" : " Nu staat er: \"" + huidige + "\"");
    }

    static String doorgevenAls(String beschrijving) {
        return "Dit geef ik door als beschrijving: \"" + beschrijving + "\"";
    }

    static String beschrijving(String beschrijving) {
        return "Beschrijving: " + beschrijving;
    }

    static String locatie(String locatie) {
        return "Locatie: " + locatie;
    }

    static String urgentie(boolean urgent) {
        return "Urgentie: " + (urgent ? "dringend" : "normaal");
    }

    static String leerling(String leerling) {
        return "Leerling: " + (leerling == null ? "niet aangeduid" : leerling);
    }

    static String doorgegeven(String aan, String referentie) {
        return "Doorgegeven aan " + aan + ". Referentie " + referentie + ".";
    }

    static String eigenSignaal(String referentie, String tijd, String locatie, String status) {
        return referentie + " (" + tijd + ", " + locatie + "): " + status;
    }

    static String openSignaal(String referentie, String tijd, boolean urgent, String status, String beschrijving) {
        return referentie + " (" + tijd + ", " + (urgent ? "urgent" : "normaal") + ", " + status + "): " + beschrijving;
    }

    static final String STATUS_NIEUW = "nog niet opgepakt";
    static final String STATUS_AFGEHANDELD = "afgehandeld";

    static String statusOpgepakt(String door, String tijd) {
        return "opgepakt door " + door + " (" + tijd + ")";
    }

    // ---- button labels of the signal dialogue

    static final String ANNULEREN = "Annuleren";
    static final String ZO_DOORGEVEN = "Zo doorgeven";
    static final String AANPASSEN = "Aanpassen";
    static final String JA_DRINGEND = "Ja, dringend";
    static final String NEE = "Nee";
    static final String OVERSLAAN = "Overslaan";
    static final String VERDER = "Verder";
    static final String WEGGOOIEN = "Weggooien";
    static final String VERSTUREN = "Versturen";
    static final String BESCHRIJVING_AANPASSEN = "Beschrijving aanpassen";
    static final String OPGEPAKT = "Opgepakt";
    static final String AFGEHANDELD = "Afgehandeld";
}
