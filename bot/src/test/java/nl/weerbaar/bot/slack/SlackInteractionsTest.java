package nl.weerbaar.bot.slack;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.weerbaar.bot.catalog.CatalogService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code /weerbaar}, buttons and the App Home tab, over HTTP with the recorded payloads. */
class SlackInteractionsTest extends SlackHttpTest {

    @Autowired
    CatalogService catalogs;

    @Autowired
    MeterRegistry metrics;

    @Autowired
    JdbcClient jdbc;

    List<String> interventies(String knelpunt) {
        return catalogs.current().orElseThrow().knelpunt(knelpunt).orElseThrow().interventies();
    }

    String valueOf(String type, String key, String value) {
        return "{\"type\":\"" + type + "\",\"waarden\":{\"" + key + "\":\"" + value + "\"}}";
    }

    @Test
    void slashCommandAnswersOnlyTheAskerWithTheInterculturalInterventionsAndNoTraining() {
        String trigger = unique("trigger");

        HttpResponse<String> ack = postForm(
                slashCommand("Ons personeel is geen afspiegeling van de leerlingpopulatie.", "C111", "W111", trigger));

        assertEquals(200, ack.statusCode(), ack.body());
        await().atMost(Duration.ofSeconds(10)).until(() -> responses(trigger).size() == 1);
        JsonNode response = responses(trigger).get(0);
        assertEquals("ephemeral", response.path("response_type").asString());
        String texts = texts(response.path("blocks"));
        List<String> verwacht = interventies("bekwaamheid-intercultureel");
        for (int i = 0; i < verwacht.size(); i++) {
            assertTrue(texts.contains((i + 1) + ". " + SlackText.escape(verwacht.get(i))), texts);
        }
        assertFalse(texts.contains("Trainingen die hierbij passen"), "intercultureel has no training: " + texts);
        assertTrue(calls("chat.postMessage").isEmpty(), "nothing posted for everyone to see");
    }

    @Test
    void slashCommandFromAKnownTeacherNamesTheirAanspreekpunt() {
        String trigger = unique("trigger");

        // U0LINDE10 (Lotte Visser) works at De Linde, whose aanspreekpunt is Sanne de Vries
        postForm(slashCommand(
                "Ons personeel is geen afspiegeling van de leerlingpopulatie.", "C111", "U0LINDE10", trigger));

        await().atMost(Duration.ofSeconds(10)).until(() -> responses(trigger).size() == 1);
        String texts = texts(responses(trigger).get(0).path("blocks"));
        assertTrue(texts.contains("Sanne de Vries"), texts);
    }

    @Test
    void emptySlashCommandAndHelpExplainTheBotWith112First() {
        String empty = unique("trigger");
        String help = unique("trigger");

        assertEquals(200, postForm(slashCommand("", "C111", "W111", empty)).statusCode());
        assertEquals(200, postForm(slashCommand("help", "C111", "W111", help)).statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> responses(empty).size() == 1 && responses(help).size() == 1);
        for (String trigger : List.of(empty, help)) {
            JsonNode blocks = responses(trigger).get(0).path("blocks");
            String texts = texts(blocks);
            assertTrue(texts.contains("/weerbaar &lt;je vraag&gt;"), texts);
            assertTrue(texts(blocks.get(0)).contains("Bij acuut gevaar: bel 112."), texts);
            assertTrue(texts(blocks.get(1)).contains("/weerbaar &lt;je vraag&gt;"), texts);
            assertTrue(
                    responses(trigger).get(0).path("text").asString().startsWith("Bij acuut gevaar: bel 112."),
                    responses(trigger).get(0).path("text").asString());
        }
    }

    @Test
    void ephemeralButtonIsAnsweredThroughItsResponseUrl() {
        String trigger = unique("trigger");
        ObjectNode payload = json("block_actions.message_button.json");
        payload.put("trigger_id", trigger);
        payload.put("response_url", SLACK.baseUrl() + "/response/" + trigger);
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", "weerbaar.knelpunt.0");
        action.put("value", valueOf("knelpunt", "knelpunt", "bekwaamheid-intercultureel"));

        HttpResponse<String> ack = postForm(blockActions(payload));

        assertEquals(200, ack.statusCode(), ack.body());
        await().atMost(Duration.ofSeconds(10)).until(() -> responses(trigger).size() == 1);
        String texts = texts(responses(trigger).get(0).path("blocks"));
        assertTrue(
                texts.contains(SlackText.escape(
                        interventies("bekwaamheid-intercultureel").get(1))),
                texts);
    }

    @Test
    void buttonOfAnAnswerGoesBackUnchangedAndIsAnsweredInTheSameThread() {
        String thread = "1700000100.000100";
        String trigger = unique("trigger");
        ObjectNode payload = json("block_actions.message_button.json");
        payload.put("trigger_id", trigger);
        ObjectNode container = (ObjectNode) payload.get("container");
        container.put("is_ephemeral", false);
        container.put("channel_id", "C0BAKEN00");
        container.put("message_ts", "1700000100.000200");
        container.put("thread_ts", thread);
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", "weerbaar.knelpunt.3");
        action.put("value", valueOf("knelpunt", "knelpunt", "bereidheid-verantwoordelijkheid"));

        assertEquals(200, postForm(blockActions(payload)).statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", thread).size() == 1);
        Map<String, String> answer =
                calls("chat.postMessage", "thread_ts", thread).get(0);
        assertEquals("C0BAKEN00", answer.get("channel"));
        JsonNode blocks = blocks(answer);
        assertTrue(texts(blocks)
                .contains(SlackText.escape(
                        interventies("bereidheid-verantwoordelijkheid").get(2))));
        assertTrue(texts(blocks).contains("Marieke Jansen"));
        assertTrue(texts(blocks).contains("Trainingen die hierbij passen"));
        assertTrue(texts(blocks).contains("Vervoltraining Visie, Beleid &amp; Interventie"), texts(blocks));

        // press "Andere knelpunten" of that answer: its value and action_id come back as Slack sent them
        JsonNode andere = blocksOfType(blocks, "actions").stream()
                .flatMap(b -> b.path("elements").valueStream())
                .filter(e -> e.path("text").path("text").asString().equals("Andere knelpunten"))
                .findFirst()
                .orElseThrow();
        String thread2 = "1700000100.000300";
        container.put("thread_ts", thread2);
        payload.put("trigger_id", unique("trigger"));
        action.put("action_id", andere.path("action_id").asString());
        action.put("value", andere.path("value").asString());

        assertEquals(200, postForm(blockActions(payload)).statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", thread2).size() == 1);
        JsonNode overzicht =
                blocks(calls("chat.postMessage", "thread_ts", thread2).get(0));
        List<JsonNode> selects = overzicht
                .valueStream()
                .filter(b -> b.path("accessory").path("type").asString().equals("static_select"))
                .toList();
        assertEquals(3, selects.size(), "one select per thema: " + overzicht);
    }

    @Test
    void everyButtonFollowsSlacksLimits() {
        String thread = "1700000101.000100";
        ObjectNode payload = json("block_actions.message_button.json");
        payload.put("trigger_id", unique("trigger"));
        ObjectNode container = (ObjectNode) payload.get("container");
        container.put("is_ephemeral", false);
        container.put("thread_ts", thread);
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", "weerbaar.locatie.0");
        action.put("value", "{\"type\":\"overzicht\",\"waarden\":{}}");

        postForm(blockActions(payload));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "thread_ts", thread).size() == 1);
        JsonNode blocks = blocks(calls("chat.postMessage", "thread_ts", thread).get(0));
        for (JsonNode actions : blocksOfType(blocks, "actions")) {
            assertTrue(actions.path("elements").size() <= 5);
        }
        blocks.valueStream()
                .flatMap(b -> b.path("accessory").path("options").valueStream())
                .forEach(o -> {
                    assertTrue(o.path("text").path("text").asString().length() <= 75, o.toString());
                    assertTrue(o.path("value").asString().length() <= 150, o.toString());
                });
    }

    @Test
    void unknownButtonValueIsAnsweredPolitely() {
        String trigger = unique("trigger");
        ObjectNode payload = json("block_actions.message_button.json");
        payload.put("trigger_id", trigger);
        payload.put("response_url", SLACK.baseUrl() + "/response/" + trigger);
        ((ObjectNode) payload.get("actions").get(0)).put("action_id", "weerbaar.knelpunt.0");

        assertEquals(200, postForm(blockActions(payload)).statusCode());

        await().atMost(Duration.ofSeconds(10)).until(() -> responses(trigger).size() == 1);
        assertTrue(texts(responses(trigger).get(0).path("blocks")).contains("Die knop ken ik niet"));
    }

    @Test
    void homeTabShowsWelcomeAanspreekpuntAndTheCatalogueByThema() {
        ObjectNode event = event("app_home_opened.event_callback.json", unique("Ev"), null);
        ((ObjectNode) event.get("event")).put("tab", "home");
        ((ObjectNode) event.get("event")).put("user", "U0LINDE10");

        assertEquals(200, postEvent(event).statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("views.publish", "user_id", "U0LINDE10").size() == 1);
        JsonNode view = JSON.readTree(
                calls("views.publish", "user_id", "U0LINDE10").get(0).get("view"));
        assertEquals("home", view.path("type").asString());
        String texts = texts(view.path("blocks"));
        assertTrue(texts.contains("Welkom bij Weerbaar"), texts);
        assertTrue(texts.contains("Sanne de Vries"), texts);
        assertTrue(
                texts.contains("Bewustwording") && texts.contains("Bereidheid") && texts.contains("Bekwaamheid"),
                texts);
        // the options read whole: the short labels, which Slack does not cut (it does at 75 characters)
        for (var knelpunt : catalogs.current().orElseThrow().knelpunten()) {
            assertTrue(texts.contains(knelpunt.kort() + "\n"), knelpunt.kort() + " in " + texts);
        }
        assertTrue(texts.contains("Interculturele sensitiviteit\n"), texts);
    }

    @Test
    void openingTheHomeTabWhileASignalWaitsForItsDescriptionLeavesTheDraftAndTheMessageCountAlone() {
        String user = unique("UDRAFT");
        String dm = "D" + user;
        assertEquals(200, postEvent(directMessage(user, dm, "melden")).statusCode());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "channel", dm).size() == 1);
        assertTrue(texts(blocks(calls("chat.postMessage", "channel", dm).get(0)))
                .contains("Beschrijf kort wat je hebt gezien of gehoord."));
        double messagesBefore = slackMessages();

        ObjectNode home = event("app_home_opened.event_callback.json", unique("Ev"), null);
        ((ObjectNode) home.get("event")).put("tab", "home");
        ((ObjectNode) home.get("event")).put("user", user);
        assertEquals(200, postEvent(home).statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("views.publish", "user_id", user).size() == 1);
        String homeTexts = texts(
                JSON.readTree(calls("views.publish", "user_id", user).get(0).get("view"))
                        .path("blocks"));
        assertTrue(homeTexts.contains("Op welke locatie werk je?"), homeTexts);
        assertTrue(homeTexts.contains("Bewustwording"), homeTexts);
        assertFalse(homeTexts.contains("Dit geef ik door als beschrijving"), homeTexts);
        assertEquals(messagesBefore, slackMessages(), "opening the Home tab asks no question");

        String beschrijving = "Een leerling heeft ineens drie telefoons en veel contant geld.";
        assertEquals(200, postEvent(directMessage(user, dm, beschrijving)).statusCode());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "channel", dm).size() == 2);
        String locatieVraag =
                texts(blocks(calls("chat.postMessage", "channel", dm).get(1)));
        assertTrue(locatieVraag.contains("Op welke locatie gaat het om?"), locatieVraag);
        assertEquals(
                beschrijving,
                jdbc.sql("select beschrijving from signaal_concept where kanaal = 'SLACK' and user_id = :u")
                        .param("u", user)
                        .query(String.class)
                        .single(),
                "the draft still waited for its description");
    }

    /** A DM from {@code user} in channel {@code dm}, as the recorded message.im event. */
    ObjectNode directMessage(String user, String dm, String text) {
        ObjectNode event = event("message_im.event_callback.json", unique("Ev"), text);
        ((ObjectNode) event.get("event")).put("user", user);
        ((ObjectNode) event.get("event")).put("channel", dm);
        return event;
    }

    double slackMessages() {
        return metrics.get("weerbaar.berichten")
                .tag("kanaal", "slack")
                .counter()
                .count();
    }

    @Test
    void messagesTabOpeningDoesNotRepublishHome() {
        assertEquals(
                200,
                postEvent(event("app_home_opened.event_callback.json", unique("Ev"), null))
                        .statusCode());

        afterAnswering(() -> calls("views.publish").isEmpty());
    }

    @Test
    void locatieChosenOnTheHomeTabIsConfirmedInADmAndHomeIsRefreshed() {
        String user = unique("UHOME");
        ObjectNode payload = json("block_actions.app_home_real.json");
        payload.put("trigger_id", unique("trigger"));
        ((ObjectNode) payload.get("user")).put("id", user);
        ObjectNode action = (ObjectNode) payload.get("actions").get(0);
        action.put("action_id", "weerbaar.locatie.0");
        action.put("value", valueOf("locatie", "locatie", "het-baken"));

        assertEquals(200, postForm(blockActions(payload)).statusCode());

        await().atMost(Duration.ofSeconds(10))
                .until(() -> calls("chat.postMessage", "channel", user).size() == 1
                        && calls("views.publish", "user_id", user).size() == 1);
        assertTrue(
                texts(blocks(calls("chat.postMessage", "channel", user).get(0))).contains("Locatie Het Baken"));
        JsonNode home =
                JSON.readTree(calls("views.publish", "user_id", user).get(0).get("view"));
        assertTrue(texts(home.path("blocks")).contains("Marieke Jansen"));
    }
}
