package nl.weerbaar.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Mentions, direct messages, retries and Web API failures, over HTTP with the recorded payloads. */
class SlackEventsTest extends SlackHttpTest {
    static final String MELDSTRUCTUUR = "<@W111> Er is geen duidelijke meldstructuur op onze school.";
    /** Mapped to locatie Het Baken in the bundled organisatie.yaml. */
    static final String BAKEN_CHANNEL = "C0BAKEN00";

    @Autowired
    CatalogService catalogs;

    List<String> interventies(String knelpunt) {
        Catalog catalog = catalogs.current().orElseThrow();
        return catalog.knelpunt(knelpunt).orElseThrow().interventies();
    }

    ObjectNode mention(String eventId, String text, String channel, String ts) {
        ObjectNode body = event("app_mention.event_callback.json", eventId, text);
        ObjectNode event = (ObjectNode) body.get("event");
        event.put("channel", channel);
        event.put("ts", ts);
        event.put("event_ts", ts);
        return body;
    }

    @Test
    void signedMentionIsAcknowledgedFastAndAnsweredOnceInItsThreadWithTheVerantwoordelijkheidInterventies() {
        String ts = "1700000001.000100";
        ObjectNode event = mention(unique("Ev"), MELDSTRUCTUUR, BAKEN_CHANNEL, ts);

        long start = System.nanoTime();
        HttpResponse<String> ack = postEvent(event);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(200, ack.statusCode(), ack.body());
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "ack took " + took);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", ts).size() == 1);

        Map<String, String> call = calls("chat.postMessage", "thread_ts", ts).get(0);
        assertEquals(BAKEN_CHANNEL, call.get("channel"));
        JsonNode blocks = blocks(call);
        String texts = texts(blocks);
        List<String> verwacht = interventies("bereidheid-verantwoordelijkheid");
        assertEquals(3, verwacht.size());
        for (int i = 0; i < verwacht.size(); i++) {
            assertTrue(texts.contains((i + 1) + ". " + SlackText.escape(verwacht.get(i))), texts);
        }
        assertTrue(texts.contains("Marieke Jansen"), "aanspreekpunt of Het Baken: " + texts);
        assertTrue(texts.contains("Vervoltraining Visie, Beleid"), texts);
        assertTrue(texts.contains("Regie op Schoolveiligheid"), texts);
        assertFalse(call.get("text").isBlank(), "a plain text fallback");

        // Slack retries the same event: nothing more
        HttpResponse<String> retry = postEvent(event, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
        assertEquals(200, retry.statusCode());
        afterAnswering(() -> calls("chat.postMessage", "thread_ts", ts).size() == 1);
    }

    @Test
    void theSameEventIdDeliveredTwiceWithoutARetryHeaderIsAnsweredOnce() {
        String ts = "1700000002.000200";
        ObjectNode event = mention(unique("Ev"), MELDSTRUCTUUR, BAKEN_CHANNEL, ts);

        assertEquals(200, postEvent(event).statusCode());
        assertEquals(200, postEvent(event).statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", ts).size() == 1);
        afterAnswering(() -> calls("chat.postMessage", "thread_ts", ts).size() == 1);
    }

    @Test
    void mentionInsideAThreadIsAnsweredInThatThread() {
        String parent = "1700000003.000300";
        ObjectNode event = mention(unique("Ev"), MELDSTRUCTUUR, BAKEN_CHANNEL, "1700000003.000999");
        ((ObjectNode) event.get("event")).put("thread_ts", parent);

        assertEquals(200, postEvent(event).statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", parent).size() == 1);
    }

    @Test
    void directMessageIsAnsweredInTheDirectMessage() {
        String channel = unique("D");
        ObjectNode event = event(
                "message_im.event_callback.json", unique("Ev"), "Er is geen duidelijke meldstructuur op onze school.");
        ((ObjectNode) event.get("event")).put("channel", channel);

        assertEquals(200, postEvent(event).statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "channel", channel).size() == 1);
        Map<String, String> call = calls("chat.postMessage", "channel", channel).get(0);
        assertNull(call.get("thread_ts"), "a top-level DM is answered top-level");
        assertTrue(blocks(call).size() > 0);
        assertFalse(call.get("text").isBlank());
    }

    @Test
    void anotherBotsDirectMessageGetsNoAnswer() {
        ObjectNode event = event("message_im_from_bot.event_callback.json", unique("Ev"), null);

        assertEquals(200, postEvent(event).statusCode());

        afterAnswering(() -> calls("chat.postMessage").isEmpty());
    }

    @Test
    void aChannelMessageWithoutMentionGetsNoAnswer() {
        assertEquals(
                200,
                postEvent(event("message_channels.event_callback.json", unique("Ev"), null))
                        .statusCode());

        afterAnswering(() -> calls("chat.postMessage").isEmpty());
    }

    @Test
    void bodyWithAccentsVerifiesAndIsAnswered() {
        String ts = "1700000004.000400";
        ObjectNode event = mention(
                unique("Ev"),
                "<@W111> Één collega zegt: er is geen duidelijke meldstructuur, ook niet bij de coördinator.",
                BAKEN_CHANNEL,
                ts);

        HttpResponse<String> ack = postEvent(event);

        assertEquals(200, ack.statusCode(), ack.body());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", ts).size() == 1);
    }

    @Test
    void rateLimitedReplyIsSentAgainAfterRetryAfterAndArrivesOnce() {
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .inScenario("rate limit")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("allowed"));
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .inScenario("rate limit")
                .whenScenarioStateIs("allowed")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")));
        String ts = "1700000005.000500";

        assertEquals(
                200,
                postEvent(mention(unique("Ev"), MELDSTRUCTUUR, BAKEN_CHANNEL, ts))
                        .statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", ts).size() == 2);
        var requests = SLACK.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlEqualTo("/api/chat.postMessage")));
        long waited = requests.get(1).getLoggedDate().getTime()
                - requests.get(0).getLoggedDate().getTime();
        assertTrue(waited >= 950, "waited " + waited + " ms for Retry-After: 1");
        afterAnswering(() -> calls("chat.postMessage", "thread_ts", ts).size() == 2);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilTheReplyArrives() {
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .inScenario("outage")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("still down"));
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .inScenario("outage")
                .whenScenarioStateIs("still down")
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("up"));
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .inScenario("outage")
                .whenScenarioStateIs("up")
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")));
        String ts = "1700000006.000600";

        assertEquals(
                200,
                postEvent(mention(unique("Ev"), MELDSTRUCTUUR, BAKEN_CHANNEL, ts))
                        .statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", ts).size() == 3);
        afterAnswering(() -> calls("chat.postMessage", "thread_ts", ts).size() == 3);
    }

    @Test
    void answerStillArrivesWhenTheWorkTakesLongerThanThreeSecondsWhileTheAckIsFast() {
        // looking the user up (users.info) is part of answering; Slack is slow today
        String user = unique("USLOW");
        SLACK.stubFor(post(urlEqualTo("/api/users.info"))
                .willReturn(
                        okJson("{\"ok\":false,\"error\":\"user_not_found\"}").withFixedDelay(3500)));
        String ts = "1700000007.000700";
        ObjectNode event = mention(unique("Ev"), MELDSTRUCTUUR, BAKEN_CHANNEL, ts);
        ((ObjectNode) event.get("event")).put("user", user);

        long start = System.nanoTime();
        HttpResponse<String> ack = postEvent(event);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(200, ack.statusCode());
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "ack took " + took);
        await().atMost(Duration.ofSeconds(15))
                .until(() -> calls("chat.postMessage", "thread_ts", ts).size() == 1);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(3)) > 0);
    }

    @Test
    void urlVerificationChallengeIsEchoed() {
        HttpResponse<String> response = postSigned(
                "application/json", "{\"token\":\"t\",\"challenge\":\"abc123\",\"type\":\"url_verification\"}");

        assertEquals(200, response.statusCode());
        assertEquals("abc123", response.body());
    }
}
