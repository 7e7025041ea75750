package nl.weerbaar.bot;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Reading a {@code POST /api/chat} answer as a user sees it: its texts and its buttons. */
public final class WebChatAntwoord {
    private WebChatAntwoord() {}

    /** The button labelled {@code label}; fails the test when the answer has none. */
    public static JsonNode knop(JsonNode antwoord, String label) {
        for (JsonNode deel : antwoord.path("onderdelen")) {
            for (JsonNode k : deel.path("knoppen")) {
                if (label.equals(k.path("label").asString())) {
                    return k;
                }
            }
        }
        throw new AssertionError("no button '" + label + "' in " + antwoord);
    }

    /** The texts of the answer, in order. */
    public static List<String> teksten(JsonNode antwoord) {
        List<String> teksten = new ArrayList<>();
        for (JsonNode deel : antwoord.path("onderdelen")) {
            if ("tekst".equals(deel.path("type").asString())) {
                teksten.add(deel.path("tekst").asString());
            }
        }
        return teksten;
    }
}
