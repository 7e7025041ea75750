package nl.weerbaar.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.weerbaar.bot.store.TcpProxy;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of the Slack tests: the whole application on an in-memory H2 database with Slack
 * switched on, WireMock playing Slack's Web API, and requests signed with a test secret and
 * posted over real HTTP to {@code /slack/events}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SlackHttpTest {
    static final String SECRET = "test-signing-secret";
    static final String BOT_USER = "UBOTWEERBAAR";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final WireMockServer SLACK =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());

    /**
     * The application reaches the Web API through this proxy, so that {@link SlackFaultTest} can make
     * Slack refuse connections (stop) and come back (start) on the same address.
     */
    static final TcpProxy API;

    static {
        // one WireMock for the JVM: Spring caches the context, and with it this api-url, across classes
        SLACK.start();
        stubAuthTest();
        try {
            API = new TcpProxy(SLACK.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bolt checks the token with auth.test at start-up and every ten minutes. */
    static void stubAuthTest() {
        SLACK.stubFor(post(urlEqualTo("/api/auth.test"))
                .willReturn(okJson("{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\","
                        + "\"user\":\"weerbaar\",\"team_id\":\"T111\",\"user_id\":\"" + BOT_USER
                        + "\",\"bot_id\":\"BWEERBAAR\"}")));
    }

    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:slack-tests;DB_CLOSE_DELAY=-1");
        registry.add("SLACK_BOT_TOKEN", () -> "xoxb-test-token");
        registry.add("SLACK_SIGNING_SECRET", () -> SECRET);
        registry.add("weerbaar.slack.api-url", () -> "http://127.0.0.1:" + API.port() + "/api/");
        registry.add("weerbaar.slack.initial-backoff", () -> "PT0.2S");
    }

    @Autowired
    SlackWorkers workers;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void slackAnswersOk() {
        SLACK.resetAll();
        stubAuthTest();
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")));
        SLACK.stubFor(
                post(urlEqualTo("/api/chat.postEphemeral")).willReturn(okJson("{\"ok\":true,\"message_ts\":\"1.2\"}")));
        SLACK.stubFor(post(urlEqualTo("/api/views.publish")).willReturn(okJson("{\"ok\":true}")));
        SLACK.stubFor(
                post(urlEqualTo("/api/users.info")).willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
        SLACK.stubFor(post(urlPathMatching("/response/.*"))
                .willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    // ---- payloads

    static String fixture(String name) {
        try (InputStream in = SlackHttpTest.class.getResourceAsStream("/slack/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode json(String fixture) {
        return (ObjectNode) JSON.readTree(fixture(fixture));
    }

    /** A fixture's event, with a fresh event id and the given text (null leaves the text as recorded). */
    static ObjectNode event(String fixture, String eventId, String text) {
        ObjectNode body = json(fixture);
        body.put("event_id", eventId);
        if (text != null) {
            ((ObjectNode) body.get("event")).put("text", text);
        }
        return body;
    }

    static String compact(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.strip().split("&")) {
            int eq = pair.indexOf('=');
            form.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    static String formBody(Map<String, String> form) {
        StringBuilder b = new StringBuilder();
        form.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    /** A slash command as Slack sends it, answering to WireMock's response URL. */
    String slashCommand(String text, String channel, String user, String triggerId) {
        Map<String, String> form = form(fixture("slash_command.form-urlencoded.txt"));
        form.put("command", "/weerbaar");
        form.put("text", text);
        form.put("channel_id", channel);
        form.put("user_id", user);
        form.put("trigger_id", triggerId);
        form.put("response_url", SLACK.baseUrl() + "/response/" + triggerId);
        return formBody(form);
    }

    String blockActions(ObjectNode payload) {
        return formBody(Map.of("payload", compact(payload)));
    }

    // ---- signing and posting

    static String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postSigned(String contentType, String body, String... extraHeaders) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String[] headers = new String[extraHeaders.length + 4];
        headers[0] = "X-Slack-Request-Timestamp";
        headers[1] = ts;
        headers[2] = "X-Slack-Signature";
        headers[3] = sign(ts, bytes);
        System.arraycopy(extraHeaders, 0, headers, 4, extraHeaders.length);
        return postRaw(contentType, bytes, headers);
    }

    HttpResponse<String> postEvent(JsonNode event, String... extraHeaders) {
        return postSigned("application/json", compact(event), extraHeaders);
    }

    HttpResponse<String> postForm(String body) {
        return postSigned("application/x-www-form-urlencoded", body);
    }

    HttpResponse<String> postRaw(String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- what WireMock received

    /** The form bodies of the calls to a Web API method, in order. */
    static List<Map<String, String>> calls(String method) {
        return SLACK.findAll(postRequestedFor(urlEqualTo("/api/" + method))).stream()
                .map(LoggedRequest::getBodyAsString)
                .map(SlackHttpTest::form)
                .toList();
    }

    /** The calls to a Web API method whose given form field equals the value. */
    static List<Map<String, String>> calls(String method, String field, String value) {
        return calls(method).stream().filter(c -> value.equals(c.get(field))).toList();
    }

    static List<JsonNode> responses(String triggerId) {
        return SLACK.findAll(postRequestedFor(urlEqualTo("/response/" + triggerId))).stream()
                .map(r -> JSON.readTree(r.getBodyAsString()))
                .toList();
    }

    /**
     * Waits until the app has answered everything it took on (its Slack workers are idle), then
     * asserts the condition: how a test says that nothing (more) reached Slack without waiting a
     * fixed time.
     */
    void afterAnswering(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(20))
                .pollDelay(Duration.ofMillis(50))
                .pollInterval(Duration.ofMillis(20))
                .until(workers::idle);
        assertTrue(
                condition.getAsBoolean(),
                () -> "once every answer was sent, Slack had received "
                        + everything().stream().map(LoggedRequest::getUrl).toList());
    }

    static List<LoggedRequest> everything() {
        return SLACK.findAll(anyRequestedFor(anyUrl()));
    }

    static JsonNode blocks(Map<String, String> call) {
        return JSON.readTree(call.get("blocks"));
    }

    /** All texts of a Block Kit tree (mrkdwn, plain_text, option texts), joined by newlines. */
    static String texts(JsonNode node) {
        StringBuilder b = new StringBuilder();
        collect(node, b);
        return b.toString();
    }

    private static void collect(JsonNode node, StringBuilder b) {
        if (node.isObject()) {
            JsonNode text = node.get("text");
            if (text != null && text.isString()) {
                b.append(text.asString()).append('\n');
            }
            for (var entry : node.properties()) {
                collect(entry.getValue(), b);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, b);
            }
        }
    }

    /** Blocks of one type, e.g. "actions". */
    static List<JsonNode> blocksOfType(JsonNode blocks, String type) {
        return blocks.valueStream()
                .filter(b -> type.equals(b.path("type").asString()))
                .toList();
    }

    static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase();
    }
}
