package nl.weerbaar.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bound on Teams turns in progress ({@code weerbaar.teams.max-concurrent-turns}, 64 by default,
 * 2 here): with the connector hanging, the turns beyond the bound are refused at once with 503 and
 * {@code Retry-After}, so the Bot Framework retries them later, and request threads stay free for
 * everything else.
 */
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:teams-turn-bound;DB_CLOSE_DELAY=-1",
            "weerbaar.teams.max-concurrent-turns=2",
            "weerbaar.teams.read-timeout=PT15S"
        })
class TeamsTurnBoundTest extends TeamsHttpTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registerApp(registry);
    }

    @Test
    @Timeout(60)
    void turnsBeyondTheBoundAreRefusedAtOnceWithRetryAfterWhileTheOthersAreAnswered() throws Exception {
        WIREMOCK.stubFor(post(urlPathMatching(URI.create(serviceUrl).getPath() + "v3/conversations/.*"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"r\"}")
                        .withFixedDelay(4_000)));
        ExecutorService teams = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> hanging = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                ObjectNode activity = fixture("02-personal-chat-message.json");
                activity.put("id", "hanging-" + i);
                hanging.add(teams.submit(() -> sendSigned(activity)));
            }
            // both turns are now waiting on the connector (WireMock logs a request before its delay)
            await().atMost(Duration.ofSeconds(20)).until(() -> connectorCalls().size() == 2);

            ObjectNode third = fixture("02-personal-chat-message.json");
            third.put("id", "third");
            HttpResponse<String> refused = sendSigned(third);
            boolean admittedStillWaiting = hanging.stream().noneMatch(Future::isDone);
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(503, refused.statusCode());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
            assertTrue(admittedStillWaiting, "refused at once, while the admitted turns still wait on the connector");
            assertEquals(200, health.statusCode());
            for (Future<HttpResponse<String>> f : hanging) {
                assertEquals(200, f.get(30, TimeUnit.SECONDS).statusCode());
            }
            assertEquals(
                    2, connectorCalls().size(), "the two admitted turns replied once; the refused one did nothing");

            HttpResponse<String> retried = sendSigned(third); // the Bot Framework's retry, once there is room
            assertEquals(200, retried.statusCode());
            assertEquals(3, connectorCalls().size());
        } finally {
            teams.shutdownNow();
        }
    }
}
