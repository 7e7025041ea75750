package nl.weerbaar.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Bot Connector failing while Teams messages come in: 5xx, 429 with Retry-After, a 10 s
 * response, a refused connection (that comes back, and that does not). The reply still arrives,
 * exactly once, and the rest of the application keeps answering while the connector hangs.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:teams-faults;DB_CLOSE_DELAY=-1",
            "weerbaar.web.enabled=true",
            "weerbaar.teams.initial-backoff=PT0.2S",
            "weerbaar.teams.max-backoff=PT2S",
            "weerbaar.teams.read-timeout=PT15S"
        })
@ExtendWith(OutputCaptureExtension.class)
class TeamsConnectorFaultTest extends TeamsHttpTest {
    static final String QUESTION = "We hebben nauwelijks contact met de wijkagent.";
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registerApp(registry);
    }

    private ObjectNode question() throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", QUESTION);
        return activity;
    }

    private String replyPath() {
        return URI.create(serviceUrl).getPath() + "v3/conversations/.*";
    }

    private long delivered() {
        return connectorCalls().size();
    }

    @Test
    void serverErrorsAreRetriedAndTheReplyArrivesOnce() throws Exception {
        String s = "5xx-" + serviceUrl;
        WIREMOCK.stubFor(post(urlPathMatching(replyPath()))
                .inScenario(s)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("second"));
        WIREMOCK.stubFor(post(urlPathMatching(replyPath()))
                .inScenario(s)
                .whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("ok"));
        WIREMOCK.stubFor(post(urlPathMatching(replyPath()))
                .inScenario(s)
                .whenScenarioStateIs("ok")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"r\"}")));

        HttpResponse<String> response = sendSigned(question());

        assertEquals(200, response.statusCode());
        assertEquals(3, delivered(), "two failures, then the one reply");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() throws Exception {
        String s = "429-" + serviceUrl;
        WIREMOCK.stubFor(post(urlPathMatching(replyPath()))
                .inScenario(s)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("ok"));
        WIREMOCK.stubFor(post(urlPathMatching(replyPath()))
                .inScenario(s)
                .whenScenarioStateIs("ok")
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"r\"}")));

        long start = System.nanoTime();
        HttpResponse<String> response = sendSigned(question());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(200, response.statusCode());
        assertEquals(2, delivered());
        assertTrue(millis >= 1000, "waited for Retry-After: " + millis + " ms");
    }

    @Test
    @Timeout(60)
    void aConnectorThatTakesTenSecondsStillGetsEveryReplyOnceAndTheAppKeepsAnswering() throws Exception {
        WIREMOCK.stubFor(post(urlPathMatching(replyPath()))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"r\"}")
                        .withFixedDelay(10_000)));
        ExecutorService teams = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ObjectNode activity = question();
                activity.put("id", "slow-" + i);
                pending.add(teams.submit(() -> sendSigned(activity)));
            }
            // the eight turns are now waiting on the connector (WireMock logs a request before its delay)
            await().atMost(Duration.ofSeconds(20)).until(() -> delivered() == 8);

            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> chat = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(5))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"u\",\"text\":\"" + QUESTION + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean turnsStillWaiting = pending.stream().noneMatch(Future::isDone);
            assertEquals(200, health.statusCode());
            assertEquals(200, chat.statusCode());
            assertTrue(turnsStillWaiting, "health and chat answered while the eight turns still wait on the connector");

            for (Future<HttpResponse<String>> f : pending) {
                assertEquals(200, f.get(30, TimeUnit.SECONDS).statusCode());
            }
            assertEquals(8, delivered(), "every reply once, none retried after the slow answer");
        } finally {
            teams.shutdownNow();
        }
    }

    @Test
    void aRefusedConnectionIsRetriedUntilTheConnectorIsBack(CapturedOutput output) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        WireMockServer late = new WireMockServer(options().port(port));
        String url = "http://127.0.0.1:" + port + "/late/";
        ObjectNode activity = question();
        activity.put("serviceUrl", url);
        CompletableFuture<Void> comesBack = CompletableFuture.runAsync(() -> {
            // back once the first attempt was refused (and the second is waiting for its backoff)
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> output.getAll().contains("Bot Connector POST /late/")
                            && output.getAll().contains("got connection refused; attempt 2 of"));
            late.stubFor(post(urlPathMatching("/late/v3/conversations/.*"))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withBody("{\"id\":\"r\"}")));
            late.start();
        });
        try {
            HttpResponse<String> response = send(
                    "Bearer " + token(KEY, claims().claim("serviceurl", url).build()),
                    JSON.writeValueAsString(activity));
            comesBack.join();

            assertEquals(200, response.statusCode());
            assertEquals(1, late.getAllServeEvents().size(), "the reply, once");
        } finally {
            comesBack.join();
            late.stop();
        }
    }

    @Test
    void aConnectorThatStaysDownIsReportedAsBadGateway() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/gone/";
        ObjectNode activity = question();
        activity.put("serviceUrl", url);

        HttpResponse<String> response = send(
                "Bearer " + token(KEY, claims().claim("serviceurl", url).build()), JSON.writeValueAsString(activity));

        assertEquals(502, response.statusCode());
    }
}
