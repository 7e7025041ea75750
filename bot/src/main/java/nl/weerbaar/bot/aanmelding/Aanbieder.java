package nl.weerbaar.bot.aanmelding;

/** One configured provider on the sign-in page: its button and where it starts. */
public record Aanbieder(String naam, String pad) {}
