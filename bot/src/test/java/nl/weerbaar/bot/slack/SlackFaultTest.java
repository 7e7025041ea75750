package nl.weerbaar.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.signals.Melden;
import nl.weerbaar.catalog.Kanaal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Slack's Web API slow or gone. The application reaches WireMock through a TCP proxy ({@link
 * SlackHttpTest#API}) that a test stops (every connection cut, new ones refused, as when Slack or
 * the network is down) and starts again on the same port.
 *
 * <ul>
 *   <li>Ten seconds per answer: events are still acknowledged at once (the answer is built and
 *       sent by the Slack workers), the rest of the application keeps answering, and the slow
 *       reply is posted exactly once — a slow answer is waited for, not retried.
 *   <li>Connections refused: acknowledged at once all the same; a refused connection sent nothing,
 *       so the reply is retried with backoff and arrives once when Slack listens again; after the
 *       last attempt it is given up and logged once, and never posted later.
 *   <li>A connection cut after Slack received the message (while it answers): not sent again, by
 *       us or by OkHttp (before the fix OkHttp resent it silently: posted twice); logged.
 *   <li>A signal's card while connections are refused: the signal is committed and kept, its
 *       delivery job (db-scheduler) tries again and delivers it once when Slack is back.
 * </ul>
 *
 * (429 and 5xx: {@link SlackEventsTest}.) Six attempts here (0.2 s, doubling: 6.2 s in all), so a
 * two-second outage is well inside them on a busy machine.
 */
@ExtendWith(OutputCaptureExtension.class)
class SlackFaultTest extends SlackHttpTest {
    static final String SANNE = "U0LINDE01"; // aanspreekpunt De Linde
    static final String QUESTION = "We hebben nauwelijks contact met de wijkagent.";
    static final Pattern RETRIED_DELIVERY = Pattern.compile("signaal-bezorgen\\S* failed \\(attempt 2\\)");

    @Autowired
    Gesprek gesprek;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Slack slack;

    @DynamicPropertySource
    static void sixAttempts(DynamicPropertyRegistry registry) {
        registry.add("weerbaar.slack.max-attempts", () -> "6");
    }

    @AfterEach
    void slackListensAgain() throws IOException {
        API.start();
    }

    /**
     * Slack stops listening, and OkHttp knows that its idle connections died (by itself it notices
     * that only on a connection idle for 10 s or more, checked before using it; here the pool is
     * emptied at once instead of waiting 10.5 s): from then on every call meets a refused
     * connection. A call on a connection that died less than 10 s earlier fails after it was
     * written and is not retried (see the cut-connection test).
     */
    void slackGoesDown() {
        API.stop();
        slack.getHttpClient().getOkHttpClient().connectionPool().evictAll();
    }

    /** Posts an app_mention in a thread of its own; returns the thread's ts after checking the quick 200. */
    String mention(String ts, long maxAckMillis) {
        ObjectNode event =
                event("app_mention.event_callback.json", unique("EvFault"), "<@" + BOT_USER + "> " + QUESTION);
        ObjectNode inner = (ObjectNode) event.get("event");
        inner.put("ts", ts);
        inner.remove("thread_ts");
        long start = System.nanoTime();
        HttpResponse<String> ack = postEvent(event);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(200, ack.statusCode(), ack.body());
        assertTrue(millis < maxAckMillis, "ack took " + millis + " ms while Slack is unreachable or slow");
        return event.path("event_id").asString();
    }

    /** Health answers while the replies are still waiting on Slack (the workers are busy). */
    void healthAnswersWhileRepliesWait() throws Exception {
        HttpResponse<String> health = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertFalse(workers.idle(), "health answered while the replies still wait on Slack");
    }

    @Test
    @Timeout(60)
    void aTenSecondWebApiStillGetsEveryReplyOnceWhileAcksAndHealthStayFast() throws Exception {
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")
                        .withFixedDelay(10_000)));
        String[] threads = new String[6];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = "17000001" + i + ".000100";
            mention(threads[i], 2000);
        }
        healthAnswersWhileRepliesWait();

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
        afterAnswering(() -> {
            for (String ts : threads) {
                if (calls("chat.postMessage", "thread_ts", ts).size() != 1) {
                    return false;
                }
            }
            return true;
        });
        for (String ts : threads) {
            assertEquals(1, calls("chat.postMessage", "thread_ts", ts).size(), "posted once: " + ts);
        }
    }

    @Test
    @Timeout(60)
    void refusedConnectionsAreRetriedAndEveryReplyArrivesOnceWhenSlackIsBack(CapturedOutput output) throws Exception {
        slackGoesDown();
        // eight events at once: each retries on its own worker, the request threads stay free
        String[] threads = new String[8];
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < threads.length; i++) {
            threads[i] = "17000002" + i + ".000100";
            eventIds.add(mention(threads[i], 2000));
        }
        healthAnswersWhileRepliesWait();
        // each reply has been refused twice: they are retrying
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        occurrences(output.getAll(), "Slack chat.postMessage got connection refused; attempt 3 of 6")
                                == threads.length);
        assertEquals(0, calls("chat.postMessage").size(), "nothing gets through while Slack refuses");

        API.start();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    for (String ts : threads) {
                        if (calls("chat.postMessage", "thread_ts", ts).isEmpty()) {
                            return false;
                        }
                    }
                    return true;
                });
        afterAnswering(() -> {
            for (String ts : threads) {
                if (calls("chat.postMessage", "thread_ts", ts).size() != 1) {
                    return false;
                }
            }
            return true;
        });
        for (String ts : threads) {
            List<Map<String, String>> posted = calls("chat.postMessage", "thread_ts", ts);
            assertEquals(1, posted.size(), "posted once: " + ts);
            assertTrue(texts(blocks(posted.get(0))).contains("wijkagent"), "the answer itself: " + posted.get(0));
        }
        assertTrue(
                output.getAll().contains("Slack chat.postMessage got connection refused; attempt 2 of 6"),
                "the retries are logged");
        for (String eventId : eventIds) {
            assertFalse(output.getAll().contains("Slack event:" + eventId + " failed"), "no reply was given up");
        }
    }

    @Test
    @Timeout(60)
    void aConnectionCutAfterTheRequestReachedSlackIsNotPostedAgain(CapturedOutput output) throws Exception {
        SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")
                        .withFixedDelay(3_000)));
        String ts = "1700000400.000100";
        String eventId = mention(ts, 2000);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", ts).size() == 1);

        // Slack has the message; the connection drops before its answer, and Slack is back at once
        API.stop();
        API.start();

        String lost = "Slack event:" + eventId + " failed: " + SlackWebApi.CallFailed.class.getName()
                + ": chat.postMessage failed after the request was sent, not retried";
        await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains(lost)); // the lost answer is logged
        assertEquals(1, calls("chat.postMessage", "thread_ts", ts).size(), "posted once, not resent");
    }

    @Test
    @Timeout(60)
    void aWebApiThatStaysDownGivesTheReplyUpLoggedOnceAndNeverPostsItLater(CapturedOutput output) throws Exception {
        slackGoesDown();
        String eventId = mention("1700000300.000100", 2000);

        String givenUp = "Slack event:" + eventId + " failed: " + SlackWebApi.CallFailed.class.getName()
                + ": chat.postMessage failed after 6 attempts (connection refused)";
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> output.getAll().contains(givenUp));
        API.start();

        afterAnswering(() ->
                calls("chat.postMessage", "thread_ts", "1700000300.000100").isEmpty()); // not posted late
        assertEquals(1, occurrences(output.getAll(), givenUp), "logged once");
        assertFalse(output.getAll().contains(QUESTION), "the question itself is never logged");
    }

    @Test
    @Timeout(60)
    void aSignalWhoseCardSlackRefusesIsKeptAndDeliveredOnceWhenSlackIsBack(CapturedOutput output) throws Exception {
        API.stop();
        Afzender lotte = new Afzender(Kanaal.SLACK, "U0LINDE10", "Lotte Visser", null, "T111", null);

        String ref = Melden.meld(gesprek, lotte, "de-linde", "Leerling heeft ineens veel nieuwe spullen.", false);

        // committed before the teacher read "Doorgegeven", whatever Slack does
        assertEquals("NIEUW", status(ref));
        await().atMost(Duration.ofSeconds(15))
                .until(() -> RETRIED_DELIVERY.matcher(output.getAll()).find());
        assertEquals(0, cards(SANNE, ref).size(), "nothing gets through while Slack refuses");
        assertEquals(0, bezorgd(ref), "not marked delivered");

        API.start();

        await().atMost(Duration.ofSeconds(20)).until(() -> cards(SANNE, ref).size() == 1);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() -> cards(SANNE, ref).size() == 1);
        assertEquals(1, bezorgd(ref), "delivered exactly once");
        assertEquals("NIEUW", status(ref), "waiting for the aanspreekpunt to pick it up");
        assertTrue(output.getAll().contains("Signal " + ref + " delivered to the aanspreekpunt via SLACK"));
    }

    static List<Map<String, String>> cards(String user, String ref) {
        return calls("chat.postMessage", "channel", user).stream()
                .filter(c -> c.getOrDefault("blocks", "").contains(ref))
                .toList();
    }

    int bezorgd(String ref) {
        return jdbc.sql("select count(*) from signaal_audit a join signaal s on s.id = a.signaal_id"
                        + " where s.referentie = :ref and a.actie = 'BEZORGD'")
                .param("ref", ref)
                .query(Integer.class)
                .single();
    }

    String status(String ref) {
        return jdbc.sql("select status from signaal where referentie = :ref")
                .param("ref", ref)
                .query(String.class)
                .single();
    }

    static int occurrences(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
