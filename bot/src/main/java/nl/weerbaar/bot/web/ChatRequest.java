package nl.weerbaar.bot.web;

import java.util.Map;

/**
 * The body of {@code POST /api/chat}: {@code {"user", "location"?, "text"}} or {@code {"user",
 * "location"?, "action": {"type", "waarden"}}}.
 */
record ChatRequest(String user, String location, String text, Action action) {
    record Action(String type, Map<String, String> waarden) {}
}
