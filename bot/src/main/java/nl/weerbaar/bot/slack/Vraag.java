package nl.weerbaar.bot.slack;

import nl.weerbaar.bot.reply.Actie;

/**
 * One thing a Slack user asked, taken off the request: typed text or a pressed button, who and
 * where, and where the answer goes.
 *
 * @param kanaalId the channel, for the directory's channel-to-locatie mapping; null in a DM or Home
 * @param refreshHome republish the user's Home tab afterwards (e.g. after choosing a locatie)
 */
record Vraag(
        String userId,
        String teamId,
        String kanaalId,
        String tekst,
        Actie actie,
        ReplyTarget target,
        boolean refreshHome) {

    static Vraag tekst(String userId, String teamId, String kanaalId, String tekst, ReplyTarget target) {
        return new Vraag(userId, teamId, kanaalId, tekst, null, target, false);
    }
}
