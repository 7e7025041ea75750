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
 */
public record Afzender(Kanaal kanaal, String userId, String naam, String email, String teamId, String kanaalId) {
    public Afzender {
        if (kanaal == null || userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a sender needs a channel and a user id");
        }
    }

    public static Afzender web(String userId) {
        return new Afzender(Kanaal.WEB, userId, null, null, null, null);
    }
}
