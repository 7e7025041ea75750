package nl.weerbaar.bot.reply;

import nl.weerbaar.catalog.Kanaal;

/**
 * Who sends a message, and from where.
 *
 * @param kanaal the channel
 * @param userId the user's id in that channel (Teams AAD object id, Slack user id, web user)
 * @param naam the display name, for addressing the user; may be null
 * @param email the user's e-mail when the channel knows it; may be null
 * @param teamId the Teams team or Slack workspace the message came from; may be null
 * @param kanaalId the Teams channel or Slack channel; null in a personal chat
 *     <p>In the web chat the user id is never the client's word: it is {@link #webAnoniem} for a
 *     browser the server gave a chat cookie, or {@link #webIngelogd} for a person signed in with
 *     their inbox session. An anonymous web sender gets answers only, no signal features.
 */
public record Afzender(Kanaal kanaal, String userId, String naam, String email, String teamId, String kanaalId) {
    public Afzender {
        if (kanaal == null || userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a sender needs a channel and a user id");
        }
    }

    /** The user id prefix of an anonymous web chat session. */
    static final String ANONIEM = "anoniem:";

    /** The user id prefix of a web chat user signed in with their inbox session. */
    static final String INBOX = "inbox:";

    /** The user id prefix of a web chat user whose session could not be checked. */
    static final String ONBEVESTIGD = "onbevestigd:";

    public static Afzender web(String userId) {
        return new Afzender(Kanaal.WEB, userId, null, null, null, null);
    }

    /** A web chat browser without sign-in, known by the server-issued session it holds. */
    public static Afzender webAnoniem(String sessie) {
        return new Afzender(Kanaal.WEB, ANONIEM + sessie, null, null, null, null);
    }

    /** A web chat user signed in with their inbox session: the e-mail of their personal link. */
    public static Afzender webIngelogd(String email, String naam) {
        return new Afzender(Kanaal.WEB, INBOX + email, naam, email, null, null);
    }

    /**
     * A web chat user whose inbox session could not be checked (the database is unreachable): a
     * fresh id per message that owns nothing; signal steps get the outage reply ("er is niets
     * doorgegeven", see {@link #onbevestigd}) instead of asking a signed-in person to sign in.
     */
    public static Afzender webOnbevestigd() {
        return new Afzender(Kanaal.WEB, ONBEVESTIGD + java.util.UUID.randomUUID(), null, null, null, null);
    }

    /** True when the web chat session could not be checked: signal steps meet the outage reply. */
    public boolean onbevestigd() {
        return kanaal == Kanaal.WEB && userId.startsWith(ONBEVESTIGD);
    }

    /** True for an anonymous web chat session: it is answered, but cannot pass on or read signals. */
    public boolean anoniem() {
        return kanaal == Kanaal.WEB && userId.startsWith(ANONIEM);
    }
}
