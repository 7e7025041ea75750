package nl.weerbaar.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signals in Slack, over HTTP with the recorded payloads and WireMock as the Web API: the
 * {@code /weerbaar melden} modal, the DM to the aanspreekpunt, "Opgepakt" refused for someone else
 * and accepted from the aanspreekpunt, the reporter told — and no signal text in the logs.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignalenSlackTest extends SlackHttpTest {
    static final String LOTTE = "U0LINDE10"; // teacher at De Linde
    static final String SANNE = "U0LINDE01"; // aanspreekpunt De Linde
    static final String MARIEKE = "U0BAKEN01"; // aanspreekpunt of the other locatie
    static final Pattern REFERENTIE = Pattern.compile("Referentie (S-[A-Z0-9]{6})");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    nl.weerbaar.bot.conversation.Gesprek gesprek;

    @BeforeEach
    void viewsOpen() {
        SLACK.stubFor(post(urlEqualTo("/api/views.open")).willReturn(okJson("{\"ok\":true}")));
    }

    /** Opens the modal as {@code user} and returns what views.open received. */
    JsonNode openModal(String user) {
        String trigger = unique("trigger");
        assertEquals(
                200,
                postForm(slashCommand("melden", "D0" + user, user, trigger)).statusCode());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !calls("views.open", "trigger_id", trigger).isEmpty());
        return JSON.readTree(calls("views.open", "trigger_id", trigger).get(0).get("view"));
    }

    String submit(String user, String conceptId, String beschrijving, boolean urgent) {
        ObjectNode payload = json("view_submission.json");
        ((ObjectNode) payload.get("user")).put("id", user);
        payload.put("trigger_id", unique("trigger"));
        ObjectNode view = (ObjectNode) payload.get("view");
        view.put("callback_id", "weerbaar.melden");
        view.put("private_metadata", conceptId);
        ObjectNode values = ((ObjectNode) view.get("state")).putObject("values");
        values.putObject("beschrijving")
                .putObject("waarde")
                .put("type", "plain_text_input")
                .put("value", beschrijving);
        ObjectNode checkboxes = values.putObject("urgent").putObject("waarde").put("type", "checkboxes");
        if (urgent) {
            checkboxes
                    .putArray("selected_options")
                    .addObject()
                    .put("value", "ja")
                    .putObject("text")
                    .put("type", "plain_text")
                    .put("text", "Dringend");
        }
        values.putObject("leerling").putObject("waarde").put("type", "plain_text_input");
        return blockActions(payload);
    }

    /** Presses the card's button {@code label} as {@code user} in their DM with the bot. */
    void press(JsonNode blocks, String label, String user, String dm) {
        JsonNode button = blocksOfType(blocks, "actions").stream()
                .flatMap(b -> b.path("elements").valueStream())
                .filter(e -> e.path("text").path("text").asString().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + blocks));
        ObjectNode payload = json("block_actions.message_button.json");
        payload.put("trigger_id", unique("trigger"));
        ((ObjectNode) payload.get("user")).put("id", user);
        ObjectNode container = (ObjectNode) payload.get("container");
        container.put("is_ephemeral", false);
        container.put("channel_id", dm);
        container.put("message_ts", "1700000200.000100");
        ((ObjectNode) payload.get("channel")).put("id", dm);
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", button.path("action_id").asString());
        action.put("value", button.path("value").asString());
        assertEquals(200, postForm(blockActions(payload)).statusCode());
    }

    static List<Map<String, String>> dms(String channel) {
        return calls("chat.postMessage", "channel", channel);
    }

    @Test
    void signalFromTheSlackModalIsDmedToTheAanspreekpuntOnlyTheAssignedCanPickItUpAndTheReporterIsTold(
            CapturedOutput output) {
        String marker = "Slackmarker-" + UUID.randomUUID();
        JsonNode view = openModal(LOTTE);
        String modal = texts(view.path("blocks"));
        assertTrue(modal.startsWith(":rotating_light: *Bij acuut gevaar: bel 112.*"), modal);
        assertTrue(modal.contains("Sanne de Vries (aanspreekpunt) en Ahmed El Amrani (backup)"), modal);
        String concept = view.path("private_metadata").asString();

        String body = submit(LOTTE, concept, "Leerling had een mes bij zich in de kluis. " + marker, true);
        assertEquals(200, postForm(body).statusCode());
        assertEquals(200, postForm(body).statusCode(), "a double submit is acknowledged too");

        await().atMost(Duration.ofSeconds(15))
                .until(() -> dms(SANNE).size() == 1 && dms(LOTTE).size() == 1);
        String bevestiging = texts(blocks(dms(LOTTE).get(0)));
        assertTrue(bevestiging.contains("Doorgegeven aan Sanne de Vries."), bevestiging);
        Matcher m = REFERENTIE.matcher(bevestiging);
        assertTrue(m.find(), bevestiging);
        String ref = m.group(1);

        JsonNode kaart = blocks(dms(SANNE).get(0));
        String kaartTekst = texts(kaart);
        assertTrue(kaartTekst.startsWith(":rotating_light: *Bij acuut gevaar: bel 112.*"), kaartTekst);
        assertTrue(kaartTekst.contains("Urgent signaal " + ref + " voor Locatie De Linde."), kaartTekst);
        assertTrue(kaartTekst.contains(marker), "the card carries the description");
        assertTrue(kaartTekst.contains("Gemeld door: Lotte Visser (via Slack)"), kaartTekst);
        assertTrue(kaartTekst.contains("Tijd: "), kaartTekst);
        assertTrue(kaartTekst.contains("Urgentie: urgent"), kaartTekst);

        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> dms(SANNE).size() == 1);
        assertEquals(
                1,
                jdbc.sql("select count(*) from signaal where idempotentie = :c")
                        .param("c", concept)
                        .query(Integer.class)
                        .single(),
                "one signal for a double submit");

        press(kaart, "Opgepakt", MARIEKE, "D0MARIEKE");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms("D0MARIEKE").size() == 1);
        assertTrue(texts(blocks(dms("D0MARIEKE").get(0))).contains("niet aan jou toegewezen"));
        assertEquals("NIEUW", status(ref), "a refusal changes nothing");

        press(kaart, "Opgepakt", SANNE, "D0SANNE");
        await().atMost(Duration.ofSeconds(10)).until(() -> dms("D0SANNE").size() == 1);
        assertTrue(texts(blocks(dms("D0SANNE").get(0))).contains("Je hebt signaal " + ref + " opgepakt."));
        assertEquals("OPGEPAKT", status(ref));
        await().atMost(Duration.ofSeconds(10)).until(() -> dms(LOTTE).size() == 2);
        String bericht = texts(blocks(dms(LOTTE).get(1)));
        assertTrue(bericht.startsWith("Je signaal " + ref + " is opgepakt door Sanne de Vries ("), bericht);

        assertFalse(output.getAll().contains(marker), "the signal's text never reaches the log");
        assertTrue(output.getAll().contains("Signal " + ref + " delivered to the aanspreekpunt via SLACK"));
    }

    /**
     * Issue 15, item 2: "mijn meldingen" by the aanspreekpunt in a Slack channel lists no signal
     * there; the list goes to her DM with the bot.
     */
    @Test
    void mijnMeldingenInAChannelListsNothingThereAndSendsTheListAsADm() {
        String marker = "Slackkanaalmarker-" + UUID.randomUUID();
        String ref = nl.weerbaar.bot.signals.Melden.meld(
                gesprek,
                nl.weerbaar.bot.reply.Afzender.web("teacher-" + UUID.randomUUID()),
                "het-baken",
                "Leerling wordt na school opgewacht door oudere jongens. " + marker,
                false);
        String ts = "1700000999." + (100000 + new java.util.Random().nextInt(800000));
        ObjectNode event = event("app_mention.event_callback.json", unique("Ev"), "<@" + BOT_USER + "> mijn meldingen");
        ((ObjectNode) event.get("event"))
                .put("user", MARIEKE)
                .put("channel", "C0BAKEN00")
                .put("ts", ts);

        assertEquals(200, postEvent(event).statusCode());

        await().atMost(Duration.ofSeconds(15))
                .until(() -> !calls("chat.postMessage", "thread_ts", ts).isEmpty()
                        && dms(MARIEKE).stream().anyMatch(c -> texts(blocks(c)).contains("Open signalen voor jou:")));
        for (Map<String, String> c : calls("chat.postMessage", "channel", "C0BAKEN00")) {
            String tekst = c.toString();
            assertFalse(tekst.contains(marker) || tekst.contains(ref), "no signal in the channel: " + tekst);
        }
        String inKanaal =
                texts(blocks(calls("chat.postMessage", "thread_ts", ts).get(0)));
        assertTrue(inKanaal.contains("Ik stuur je je meldingen in een privébericht."), inKanaal);
        String lijst = dms(MARIEKE).stream()
                .map(c -> texts(blocks(c)))
                .filter(t -> t.contains("Open signalen voor jou:"))
                .findFirst()
                .orElseThrow();
        assertTrue(lijst.contains(marker), lijst);
    }

    String status(String ref) {
        return jdbc.sql("select status from signaal where referentie = :ref")
                .param("ref", ref)
                .query(String.class)
                .single();
    }
}
