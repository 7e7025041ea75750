package nl.weerbaar.bot.teams;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.weerbaar.fuzz.Fuzz;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fuzz targets over HTTP against the whole application (Teams on, web chat switched on too):
 *
 * <ul>
 *   <li>{@code teams-activity}: any body to {@code POST /api/messages} with a valid token signed by
 *       the test key (served by WireMock as OpenID/JWKS) whose {@code serviceurl} claim matches the
 *       activity; WireMock plays the connector. A JSON object's {@code serviceUrl} is pointed at
 *       WireMock (or, now and then, at a local non-URL or a closed local port) so that no reply
 *       leaves this machine. Invariant: never 5xx (501 for an invoke the bot does not implement is
 *       the Bot Framework protocol's answer, not a failure).
 *   <li>{@code web-chat}: any bytes to {@code POST /api/chat} as JSON. Invariant: never 5xx, and a
 *       body that is not JSON gets 4xx.
 * </ul>
 */
@TestPropertySource(
        properties = {"spring.datasource.url=jdbc:h2:mem:teams-fuzz;DB_CLOSE_DELAY=-1", "weerbaar.web.enabled=true"})
class TeamsAndWebChatFuzzTest extends TeamsHttpTest {
    static final String TEAMS = "teams-activity";
    static final String WEB = "web-chat";
    // an unreachable connector is a fault (TeamsConnectorFaultTest), not an input error: none here
    private static final String[] ODD_SERVICE_URLS = {"not a url", "", "ftp://127.0.0.1/x", "http://"};

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random odd = new Random();

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registerApp(registry);
    }

    // ---- Teams

    void checkTeams(byte[] input) throws Exception {
        String body = new String(input, StandardCharsets.UTF_8);
        String claimed = serviceUrl;
        JsonNode tree = readTree(body);
        boolean invoke = tree != null && "invoke".equals(tree.path("type").asString(""));
        if (tree instanceof ObjectNode activity) {
            String own = activity.path("serviceUrl").asString("");
            if (java.util.Arrays.asList(ODD_SERVICE_URLS).contains(own)) {
                claimed = own; // a corpus input about a bad service URL keeps it
            } else if (odd.nextInt(10) == 0) {
                claimed = ODD_SERVICE_URLS[odd.nextInt(ODD_SERVICE_URLS.length)];
            }
            activity.put("serviceUrl", claimed);
            body = JSON.writeValueAsString(activity);
        }
        String token = token(KEY, claims().claim("serviceurl", claimed).build());
        String sent = body;
        HttpResponse<String> response = send("Bearer " + token, sent);
        // 501 is the Bot Framework's answer to an invoke the bot does not implement (e.g. a message extension)
        boolean notImplemented = invoke && response.statusCode() == 501;
        assertTrue(
                response.statusCode() < 500 || notImplemented,
                () -> "HTTP " + response.statusCode() + " for " + abbreviate(sent));
    }

    @TestFactory
    Stream<DynamicTest> teamsCorpus() {
        return Fuzz.replay(TEAMS, this::checkTeams);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void teamsShortRun() {
        Fuzz.run(TEAMS, 300, this::checkTeams, null);
    }

    /** Coverage-guided: {@code JAZZER_FUZZ=1 mvn test -pl bot -Dtest=TeamsAndWebChatFuzzTest#teamsFuzz -Djazzer.hooks=true}. */
    @FuzzTest(maxDuration = "5m")
    void teamsFuzz(byte[] input) throws Exception {
        checkTeams(input);
    }

    // ---- web chat

    void checkWebChat(byte[] input) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(input))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        int status = response.statusCode();
        String shown = abbreviate(new String(input, StandardCharsets.UTF_8));
        assertTrue(status < 500, () -> "HTTP " + status + " for " + shown);
        if (readTree(new String(input, StandardCharsets.UTF_8)) == null) {
            assertTrue(status >= 400, () -> "not JSON, yet HTTP " + status + " for " + shown);
        }
    }

    @TestFactory
    Stream<DynamicTest> webChatCorpus() {
        return Fuzz.replay(WEB, this::checkWebChat);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void webChatShortRun() {
        Fuzz.run(WEB, 300, this::checkWebChat, TeamsAndWebChatFuzzTest::chatRequest);
    }

    /** A third of the tries: a well-formed request with hostile text, user, location or action values. */
    private static byte[] chatRequest(Random random) {
        if (random.nextInt(3) != 0) {
            return null;
        }
        ObjectNode request = JSON.createObjectNode();
        request.put("user", Fuzz.hostileString(random, 120));
        if (random.nextBoolean()) {
            request.put("location", random.nextBoolean() ? "de-linde" : Fuzz.hostileString(random, 60));
        }
        if (random.nextBoolean()) {
            request.put("text", Fuzz.hostileString(random, 2100));
        } else {
            ObjectNode action = request.putObject("action");
            action.put(
                    "type",
                    new String[] {"knelpunt", "locatie", "feedback", "signaal", "overzicht", "x"}[random.nextInt(6)]);
            ObjectNode waarden = action.putObject("waarden");
            for (String key : new String[] {"knelpunt", "locatie", "helpt", "confidence"}) {
                if (random.nextBoolean()) {
                    waarden.put(key, Fuzz.hostileString(random, 30));
                }
            }
        }
        return JSON.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
    }

    /** Coverage-guided: {@code JAZZER_FUZZ=1 mvn test -pl bot -Dtest=TeamsAndWebChatFuzzTest#webChatFuzz -Djazzer.hooks=true}. */
    @FuzzTest(maxDuration = "5m")
    void webChatFuzz(byte[] input) throws Exception {
        checkWebChat(input);
    }

    // ----

    /** The body as a JSON tree, or null when it is not JSON (as strictly as the application reads it). */
    private static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
