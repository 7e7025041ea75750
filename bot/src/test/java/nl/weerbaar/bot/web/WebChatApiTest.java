package nl.weerbaar.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.weerbaar.bot.BotTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/chat} over real HTTP: the reply model as JSON, and bad input refused with 4xx. */
class WebChatApiTest extends BotTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postJson(String json) throws IOException, InterruptedException {
        return post("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String payload(String name) throws IOException {
        try (InputStream in = WebChatApiTest.class.getResourceAsStream("/web/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void questionIsAnsweredWithTheReplyModelAsJson() throws Exception {
        HttpResponse<String> response = postJson(payload("bespreekbaar.json"));

        assertEquals(200, response.statusCode(), response.body());
        JsonNode onderdelen = JSON.readTree(response.body()).path("onderdelen");
        JsonNode knelpunt = find(onderdelen, "knelpunt");
        assertEquals("bereidheid-bespreekbaar", knelpunt.path("id").asString());
        assertEquals(
                List.of(
                        "Creëren van een taboevrije cultuur: bespreekruimte bieden in teamoverleggen.",
                        "Gespreksvaardigheidstraining: hoe start je een gesprek over vermoedens?",
                        "Duidelijke gedragsverwachtingen en verantwoordelijkheden vastleggen in het schoolveiligheidsplan."),
                knelpunt.path("interventies")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList());
        assertEquals(
                "Sanne de Vries", find(onderdelen, "aanspreekpunt").path("naam").asString());
        assertEquals(
                "Basistraining Schoolveiligheid & Ondermijning",
                find(onderdelen, "trainingen")
                        .path("trainingen")
                        .get(0)
                        .path("naam")
                        .asString());
    }

    @Test
    void buttonActionIsAnsweredToo() throws Exception {
        HttpResponse<String> response = postJson(payload("action-overzicht.json"));

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(
                3,
                find(JSON.readTree(response.body()).path("onderdelen"), "overzicht")
                        .path("themas")
                        .size());
    }

    @Test
    void locatiesAreListedForThePicker() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/locaties"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals(
                List.of(
                        Map.of("id", "de-linde", "naam", "Locatie De Linde"),
                        Map.of("id", "het-baken", "naam", "Locatie Het Baken")),
                JSON.readValue(response.body(), List.class));
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("truncated.json", "Ongeldige JSON"),
                Arguments.of("wrong-type.json", "Ongeldige JSON"),
                Arguments.of("array.json", "Ongeldige JSON"),
                Arguments.of("text-and-action.json", "Stuur precies één van 'text' of 'action'."),
                Arguments.of("neither.json", "Stuur precies één van 'text' of 'action'."),
                Arguments.of("unknown-location.json", "Onbekende locatie 'atlantis'. Zie GET /api/locaties."),
                Arguments.of("blank-text.json", "Het veld 'text' is leeg."),
                Arguments.of("action-without-type.json", "Het veld 'action.type' ontbreekt."));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void badRequestGets400WithAClearMessage(String file, String message) throws Exception {
        HttpResponse<String> response = postJson(payload(file));

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(JSON.readTree(response.body()).path("error").asString().startsWith(message), response.body());
    }

    @Test
    void aBodyWithoutUserIsAnsweredWhoIsAskingComesFromTheSessionCookie() throws Exception {
        HttpResponse<String> response = postJson(payload("missing-user.json"));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(
                response.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("weerbaar_chat=")),
                response.headers().toString());
    }

    @Test
    void textOverTheLimitGets400() throws Exception {
        String text = "a".repeat(WebChatController.MAX_TEXT + 1);

        HttpResponse<String> response = postJson(JSON.writeValueAsString(Map.of("user", "u", "text", text)));

        assertEquals(400, response.statusCode());
        assertEquals(
                "De tekst is langer dan 2000 tekens. Vat je vraag korter samen.",
                JSON.readTree(response.body()).path("error").asString());
    }

    @Test
    void hugeBodyGets413() throws Exception {
        String text = "a".repeat(100_000);

        HttpResponse<String> response = postJson(JSON.writeValueAsString(Map.of("user", "u", "text", text)));

        assertEquals(413, response.statusCode());
    }

    @Test
    void nonJsonContentTypeGets415() throws Exception {
        HttpResponse<String> response = post("text/plain", "user=u&text=hallo".getBytes(StandardCharsets.UTF_8));

        assertEquals(415, response.statusCode());
        assertEquals(
                "Stuur JSON (Content-Type: application/json).",
                JSON.readTree(response.body()).path("error").asString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "*:\"()~^[]{}\\/ AND OR NOT",
                "😀😀😀 🔥",
                "\u0000\u0001\u0007\u001b[31m",
                "!!!???...,,,",
                "\u0645\u0639\u0644\u0645 \u05de\u05d5\u05e8\u05d4 \u202e",
                "a"
            })
    void oddTextGetsAnHonestDontKnowNotAnError(String text) throws Exception {
        HttpResponse<String> response = postJson(JSON.writeValueAsString(Map.of("user", "odd", "text", text)));

        assertEquals(200, response.statusCode(), response.body());
        JsonNode onderdelen = JSON.readTree(response.body()).path("onderdelen");
        assertTrue(
                find(onderdelen, "tekst").path("tekst").asString().startsWith("Dat kan ik niet goed plaatsen"),
                response.body());
    }

    private static JsonNode find(JsonNode onderdelen, String type) {
        return onderdelen
                .valueStream()
                .filter(o -> type.equals(o.path("type").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + onderdelen));
    }
}
