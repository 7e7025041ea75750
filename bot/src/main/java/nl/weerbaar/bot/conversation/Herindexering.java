package nl.weerbaar.bot.conversation;

import java.util.List;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;

/**
 * Reindexing the catalogue from the chat ("herindexeer"): the conversation checks that the sender
 * is an admin, the admin feature implements the reindex and says how it went.
 */
public interface Herindexering {

    /**
     * Reads the catalogue again and serves it when it is valid.
     *
     * @param door who asked, e.g. {@code teams:<user id>}, for the version history
     * @return the outcome as reply parts
     */
    List<Onderdeel> herindexeer(String door);
}
