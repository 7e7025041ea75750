package nl.weerbaar.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.node.ObjectNode;

/**
 * Slack's Web API answering in ten seconds: events are still acknowledged at once (the answer is
 * built and sent by the Slack workers), the rest of the application keeps answering, and the
 * slow reply is posted exactly once — a slow answer is waited for, not retried. (429 and 5xx:
 * {@link SlackEventsTest}.)
 */
class SlackFaultTest extends SlackHttpTest {

    @Test
    @Timeout(60)
    void aTenSecondWebApiStillGetsEveryReplyOnceWhileAcksAndHealthStayFast() throws Exception {
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")
                        .withFixedDelay(10_000)));
        String[] threads = new String[6];
        long slowest = 0;
        for (int i = 0; i < threads.length; i++) {
            threads[i] = "17000001" + i + ".000100";
            ObjectNode event = event(
                    "app_mention.event_callback.json",
                    unique("EvSlow"),
                    "<@" + BOT_USER + "> " + "We hebben nauwelijks contact met de wijkagent.");
            ObjectNode inner = (ObjectNode) event.get("event");
            inner.put("ts", threads[i]);
            inner.remove("thread_ts");
            long start = System.nanoTime();
            HttpResponse<String> ack = postEvent(event);
            slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            assertEquals(200, ack.statusCode(), ack.body());
        }
        assertTrue(slowest < 2000, "slowest ack " + slowest + " ms while Slack hangs");

        long start = System.nanoTime();
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 2000);

        await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (String ts : threads) {
                        if (calls("chat.postMessage", "thread_ts", ts).size() != 1) {
                            return false;
                        }
                    }
                    return true;
                });
        Thread.sleep(1500);
        for (String ts : threads) {
            assertEquals(1, calls("chat.postMessage", "thread_ts", ts).size(), "posted once: " + ts);
        }
    }
}
