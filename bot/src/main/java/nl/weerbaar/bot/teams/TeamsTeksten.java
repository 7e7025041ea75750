package nl.weerbaar.bot.teams;

/**
 * What Teams adds to the conversation's texts, in one place; see {@code GesprekTeksten} for why
 * plain Java. (The Adaptive Card labels and the app manifest are rendered elsewhere.)
 */
final class TeamsTeksten {
    private TeamsTeksten() {}

    /** How to ask in a Teams channel: added to the conversation's welcome. */
    static final String IN_EEN_KANAAL = "In een kanaal noem je me eerst met @Weerbaar.";
}
