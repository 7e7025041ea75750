package nl.weerbaar.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Requests Slack did not sign, or signed but nonsensical: refused, and nothing reaches Slack's API. */
class SlackSecurityTest extends SlackHttpTest {

    byte[] mention() {
        ObjectNode event = event(
                "app_mention.event_callback.json",
                unique("Ev"),
                "<@W111> Er is geen duidelijke meldstructuur op onze school.");
        return compact(event).getBytes(StandardCharsets.UTF_8);
    }

    void nothingReachesSlack() {
        afterAnswering(() -> everything().isEmpty());
    }

    @Test
    void badSignatureIs401AndNothingIsProcessed() {
        byte[] body = mention();
        String ts = String.valueOf(Instant.now().getEpochSecond());
        String wrong = sign(ts, "something else".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response =
                postRaw("application/json", body, "X-Slack-Request-Timestamp", ts, "X-Slack-Signature", wrong);

        assertEquals(401, response.statusCode());
        nothingReachesSlack();
    }

    @Test
    void missingSignatureHeadersAre401AndNothingIsProcessed() {
        byte[] body = mention();
        String ts = String.valueOf(Instant.now().getEpochSecond());

        assertEquals(401, postRaw("application/json", body).statusCode());
        assertEquals(
                401,
                postRaw("application/json", body, "X-Slack-Request-Timestamp", ts)
                        .statusCode());
        assertEquals(
                401,
                postRaw("application/json", body, "X-Slack-Signature", sign(ts, body))
                        .statusCode());
        nothingReachesSlack();
    }

    @Test
    void timestampOlderThanFiveMinutesIs401EvenWhenCorrectlySigned() {
        byte[] body = mention();
        String stale = String.valueOf(Instant.now().minusSeconds(6 * 60).getEpochSecond());

        HttpResponse<String> response = postRaw(
                "application/json", body, "X-Slack-Request-Timestamp", stale, "X-Slack-Signature", sign(stale, body));

        assertEquals(401, response.statusCode());
        nothingReachesSlack();
    }

    @Test
    void bodyWithATrailingNewlineIsVerifiedOverTheExactBytesSent() {
        byte[] body = (compact(event("message_channels.event_callback.json", unique("Ev"), null)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(Instant.now().getEpochSecond());

        HttpResponse<String> response =
                postRaw("application/json", body, "X-Slack-Request-Timestamp", ts, "X-Slack-Signature", sign(ts, body));

        assertEquals(200, response.statusCode(), response.body());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("application/json", "{\"type\": \"event_callback\", \"event\": "),
                Arguments.of("application/json", "{\"no_type\": true}"),
                Arguments.of("application/json", "[1, 2, 3]"),
                Arguments.of("application/json", "{\"type\": \"event_callback\", \"event_id\": \"Ev1\"}"),
                Arguments.of(
                        "application/json",
                        "{\"type\":\"event_callback\",\"event_id\":\"EvM1\",\"event\":{\"type\":\"app_mention\","
                                + "\"channel\":\"C1\",\"ts\":\"1.2\",\"text\":\"hoi\"}}"),
                Arguments.of(
                        "application/json",
                        "{\"type\":\"event_callback\",\"event_id\":\"EvM2\",\"event\":{\"type\":\"app_mention\","
                                + "\"user\":{\"not\":\"a string\"},\"channel\":\"C1\",\"ts\":\"1.2\"}}"),
                Arguments.of("application/x-www-form-urlencoded", "hello=world"),
                Arguments.of("application/x-www-form-urlencoded", "payload=%7B%22type%22%3A%22block_actions%22%2C"),
                Arguments.of(
                        "application/x-www-form-urlencoded",
                        "payload="
                                + java.net.URLEncoder.encode(
                                        "{\"type\":\"block_actions\",\"user\":{\"id\":\"W1\"}}",
                                        StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void signedButMalformedPayloadIsRefusedWith4xxNot5xx(String contentType, String body) {
        HttpResponse<String> response = postSigned(contentType, body);

        assertTrue(
                response.statusCode() >= 400 && response.statusCode() < 500,
                response.statusCode() + " " + response.body());
        nothingReachesSlackButTheTokenCheck();
    }

    void nothingReachesSlackButTheTokenCheck() {
        afterAnswering(() -> everything().stream().allMatch(r -> r.getUrl().equals("/api/auth.test")));
    }
}
