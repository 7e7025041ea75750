package nl.weerbaar.bot.slack;

/** Where an answer goes. */
sealed interface ReplyTarget {

    /**
     * A message in a channel or DM (a user id as {@code channel} opens the DM with the bot), in a
     * thread when {@code threadTs} is set.
     */
    record Conversation(String channel, String threadTs) implements ReplyTarget {}

    /**
     * Only the user sees it: through {@code responseUrl} when Slack gave one (it works in every
     * channel, also where the bot is no member), else {@code chat.postEphemeral}.
     */
    record OnlyForUser(String responseUrl, String channel, String user) implements ReplyTarget {}
}
