package nl.weerbaar.bot.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.weerbaar.fuzz.Fuzz;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets {@code slack-events} (JSON bodies) and {@code slack-forms} (form bodies: slash
 * commands, {@code payload=} interactivity): any bytes, correctly signed with the test secret,
 * to {@code POST /slack/events}; WireMock plays the Web API. Invariant: never 5xx (a 503 with
 * Retry-After when the workers are full is allowed: it is Slack's signal to retry, not a fault).
 */
class SlackFuzzTest extends SlackHttpTest {
    static final String EVENTS = "slack-events";
    static final String FORMS = "slack-forms";

    void check(String contentType, byte[] body) {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        HttpResponse<String> response =
                postRaw(contentType, body, "X-Slack-Request-Timestamp", ts, "X-Slack-Signature", sign(ts, body));
        int status = response.statusCode();
        boolean busy =
                status == 503 && response.headers().firstValue("Retry-After").isPresent();
        String shown = new String(body, StandardCharsets.UTF_8);
        assertTrue(
                status < 500 || busy,
                () -> "HTTP " + status + " for " + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown));
    }

    void checkEvent(byte[] body) {
        check("application/json", body);
    }

    void checkForm(byte[] body) {
        check("application/x-www-form-urlencoded", body);
    }

    @TestFactory
    Stream<DynamicTest> eventsCorpus() {
        return Fuzz.replay(EVENTS, this::checkEvent);
    }

    @TestFactory
    Stream<DynamicTest> formsCorpus() {
        return Fuzz.replay(FORMS, this::checkForm);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void eventsShortRun() {
        Fuzz.run(EVENTS, 300, this::checkEvent, null);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void formsShortRun() {
        Fuzz.run(FORMS, 300, this::checkForm, null);
    }

    /** Coverage-guided: {@code JAZZER_FUZZ=1 mvn test -pl bot -Dtest=SlackFuzzTest#eventsFuzz -Djazzer.hooks=true}. */
    @FuzzTest(maxDuration = "5m")
    void eventsFuzz(byte[] body) {
        checkEvent(body);
    }

    /** Coverage-guided: {@code JAZZER_FUZZ=1 mvn test -pl bot -Dtest=SlackFuzzTest#formsFuzz -Djazzer.hooks=true}. */
    @FuzzTest(maxDuration = "5m")
    void formsFuzz(byte[] body) {
        checkForm(body);
    }
}
