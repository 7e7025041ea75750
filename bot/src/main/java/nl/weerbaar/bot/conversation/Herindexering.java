package nl.weerbaar.bot.conversation;

import java.util.List;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;

/**
 * Reindexing the catalogue from the chat ("herindexeer"): the conversation checks that the sender
 * is an admin, the admin feature says what importing the catalogue folder would change. Only a
 * preview: the database is the source of truth and an admin activates a change on the admin page.
 */
public interface Herindexering {

    /**
     * Reads the catalogue folder and tells what importing it would change; serves nothing.
     *
     * @param door who asked, e.g. {@code teams:<user id>}, for the version history
     * @return the outcome as reply parts
     */
    List<Onderdeel> herindexeer(String door);
}
