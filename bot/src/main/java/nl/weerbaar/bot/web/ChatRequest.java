package nl.weerbaar.bot.web;

import java.util.Map;

/**
 * The body of {@code POST /api/chat}: {@code {"location"?, "text"}} or {@code {"location"?,
 * "action": {"type", "waarden"}}}. {@code user}, sent by older clients, names nobody: who is asking
 * comes from the session cookie (see {@link WebChatController}).
 */
record ChatRequest(String user, String location, String text, Action action) {
    record Action(String type, Map<String, String> waarden) {}
}
