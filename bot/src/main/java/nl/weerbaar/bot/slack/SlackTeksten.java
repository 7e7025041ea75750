package nl.weerbaar.bot.slack;

/**
 * What Slack adds to the conversation's texts, in one place: where and how to ask Weerbaar in
 * Slack, the App Home heading, and the labels of the {@code /weerbaar melden} modal. Everything
 * the bot answers comes from the conversation; see {@code GesprekTeksten} for why plain Java.
 */
final class SlackTeksten {
    private SlackTeksten() {}

    static final String HOME_KOP = "Welkom bij Weerbaar";
    static final String WAAR = "Stel je vraag in een direct bericht (tabblad Berichten), door @Weerbaar te noemen in"
            + " een kanaal of met `/weerbaar <je vraag>`.";
    static final String SLASH_USAGE = "Typ `/weerbaar <je vraag>`: het antwoord ziet alleen jij. Je kunt me ook"
            + " noemen in een kanaal (@Weerbaar) of een direct bericht sturen.";

    // ---- the labels of a reply in Block Kit (the ones every channel shows are in ReplyParts)
    static final String WAT_KUN_JE_DOEN = "Wat kun je doen?";
    /** Signal contents asked for in a channel, when the DM could not be sent. */
    static final String PRIVE_MISLUKT = "Dit laat ik alleen in een direct bericht zien, en dat kon ik nu niet"
            + " versturen. Vraag het me daar nog eens.";

    static final String THEMA = "Thema";
    static final String TRAININGEN_DIE_PASSEN = "Trainingen die hierbij passen";
    static final String VOOR = "Voor";
    static final String KIES_EEN_KNELPUNT = "Kies een knelpunt";
    static final String KIES_UIT_HET_OVERZICHT = "Kies een knelpunt uit het overzicht.";
    static final String PAST_NIET = "Niet alles past in één bericht. Stel je vraag specifieker voor de rest.";

    /** Under the aanspreekpunt: whom to ask instead (the name already escaped for mrkdwn). */
    static String nietBereikbaar(String backupNaam) {
        return "Niet bereikbaar? Dan " + backupNaam + ".";
    }

    // ---- the signal modal
    static final String MODAL_TITEL = "Signaal melden";
    static final String MODAL_BESCHRIJVING = "Wat heb je gezien of gehoord?";
    static final String MODAL_LOCATIE = "Locatie";
    static final String MODAL_URGENTIE = "Urgentie";
    static final String MODAL_DRINGEND = "Dringend: moet vandaag nog worden opgepakt";
    static final String MODAL_LEERLING = "Leerling (initialen of klas, niet verplicht)";
    static final String MODAL_VERSTUREN = "Versturen";
    static final String MODAL_ANNULEREN = "Annuleren";
}
