package nl.weerbaar.search;

/** What the bot should do with a recognition. */
public enum Decision {
    /** Confident enough: answer with the top knelpunt. */
    ANSWER,
    /** Plausible but not certain: ask "Bedoel je …?" with the top options. */
    ASK,
    /** Not about any knelpunt, or too unsure: say so honestly. */
    DONT_KNOW
}
