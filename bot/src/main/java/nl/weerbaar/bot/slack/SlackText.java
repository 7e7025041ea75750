package nl.weerbaar.bot.slack;

import java.util.regex.Pattern;

/** Text to and from Slack: escaping for mrkdwn, and a user's message turned back into plain text. */
final class SlackText {
    /** The longest question passed to the conversation, as in the web chat. */
    static final int MAX_QUESTION = 2000;

    private static final Pattern MENTION = Pattern.compile("<[@!][^>]*>");
    private static final Pattern CHANNEL = Pattern.compile("<#[A-Z0-9]+\\|([^>]*)>");
    private static final Pattern LINK_WITH_LABEL = Pattern.compile("<[^<>|]+\\|([^<>]*)>");
    private static final Pattern LINK = Pattern.compile("<([^<>|]+)>");

    private SlackText() {}

    /**
     * Escapes text for mrkdwn and plain {@code text} fields: {@code &}, {@code <} and {@code >},
     * so catalogue or user text can never become a {@code <!channel>}, a mention or a link.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Cuts text to at most {@code max} characters, ending in "…" when cut. */
    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }

    /**
     * A Slack message as the user meant it: mentions of users and {@code <!here>} removed,
     * channel references and links reduced to their label, entities unescaped, whitespace
     * collapsed, at most {@link #MAX_QUESTION} characters.
     */
    static String question(String slackText) {
        if (slackText == null) {
            return "";
        }
        String text = MENTION.matcher(slackText).replaceAll(" ");
        text = CHANNEL.matcher(text).replaceAll("#$1");
        text = LINK_WITH_LABEL.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > MAX_QUESTION ? text.substring(0, MAX_QUESTION) : text;
    }
}
