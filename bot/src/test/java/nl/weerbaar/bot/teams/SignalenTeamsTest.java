package nl.weerbaar.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.catalog.Kanaal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signals in Teams over the real protocol: the flow in card buttons, the proactive card to the
 * aanspreekpunt (a new 1:1 conversation by AAD id and tenant when none is stored), pick-up
 * refused and accepted, the reporter told proactively; and a connector that fails three times.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:teams-signalen;DB_CLOSE_DELAY=-1")
class SignalenTeamsTest extends TeamsHttpTest {
    static final String DAAN = "00000000-0000-4000-8000-000000000210"; // teacher at Het Baken
    static final String MARIEKE = "00000000-0000-4000-8000-000000000201"; // aanspreekpunt Het Baken
    static final String SANNE = "00000000-0000-4000-8000-000000000101"; // aanspreekpunt of De Linde
    static final Pattern REFERENTIE = Pattern.compile("Referentie (S-[A-Z0-9]{6})");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Gesprek gesprek;

    @Autowired
    ConversationReferences references;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registerApp(registry);
        registry.add("weerbaar.teams.service-url", () -> WIREMOCK.baseUrl() + "/proactive/");
    }

    /** Sends text or a card button as {@code aad} and returns the card the bot replied with. */
    JsonNode stuur(String aad, String text, JsonNode value) throws Exception {
        int voor = replies().size();
        ObjectNode activity = fixture("02-personal-chat-message.json");
        ((ObjectNode) activity.path("from")).put("aadObjectId", aad).put("name", aad.equals(DAAN) ? "Daan Smit" : "X");
        activity.put("id", UUID.randomUUID().toString());
        if (value != null) {
            activity.remove("text");
            activity.set("value", value);
        } else {
            activity.put("text", text);
        }
        assertEquals(200, sendSigned(activity).statusCode());
        List<LoggedRequest> replies = replies();
        assertEquals(voor + 1, replies.size(), "one reply");
        return card(replies.get(0)); // WireMock lists the newest first
    }

    JsonNode druk(String aad, JsonNode card, String label) throws Exception {
        JsonNode knop = buttons(card).stream()
                .filter(b -> label.equals(b.path("title").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + card));
        return stuur(aad, null, knop.path("data"));
    }

    /** Replies to an incoming activity (the URL ends in its id). */
    List<LoggedRequest> replies() {
        return connectorCalls().stream()
                .filter(r -> !r.getUrl().endsWith("/activities"))
                .toList();
    }

    /** Proactive messages in this test's service URL (the reporter's stored conversation). */
    List<LoggedRequest> proactiefNaarMelder() {
        return connectorCalls().stream()
                .filter(r -> r.getUrl().endsWith("/activities"))
                .toList();
    }

    static List<LoggedRequest> proactiefNieuw() {
        return WIREMOCK.findAll(postRequestedFor(urlPathEqualTo("/proactive/v3/conversations/nieuw-1/activities")));
    }

    @Test
    void signalFromTeamsReachesTheAanspreekpuntProactivelyOnlySheCanPickItUpAndTheReporterIsTold() throws Exception {
        String marker = "Teamsmarker-" + UUID.randomUUID();
        // no stored conversation with the aanspreekpunt: the card needs a new 1:1 conversation
        jdbc.sql("delete from teams_gesprek where user_aad_id = :u")
                .param("u", MARIEKE)
                .update();
        WIREMOCK.stubFor(post(urlPathEqualTo("/proactive/v3/conversations"))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"nieuw-1\"}")));
        int eerder = proactiefNieuw().size();
        JsonNode start = stuur(DAAN, "melden", null);
        assertEquals("Bij acuut gevaar: bel 112.", texts(start).get(0));
        JsonNode urgentie = stuur(DAAN, "Een leerling staat op de uitkijk bij het fietsenhok. " + marker, null);
        JsonNode leerling = druk(DAAN, urgentie, "Nee");
        JsonNode samenvatting = druk(DAAN, leerling, "Overslaan");
        assertTrue(
                texts(samenvatting).stream().anyMatch(t -> t.startsWith("Dit signaal gaat naar Marieke Jansen")),
                texts(samenvatting).toString());
        JsonNode verstuurd = druk(DAAN, samenvatting, "Versturen");
        String bevestiging = String.join("\n", texts(verstuurd));
        Matcher m = REFERENTIE.matcher(bevestiging);
        assertTrue(bevestiging.contains("Doorgegeven aan Marieke Jansen.") && m.find(), bevestiging);
        String ref = m.group(1);

        await().atMost(Duration.ofSeconds(15)).until(() -> proactiefNieuw().size() == eerder + 1);
        LoggedRequest create = WIREMOCK.findAll(postRequestedFor(urlPathEqualTo("/proactive/v3/conversations")))
                .get(0);
        JsonNode params = JSON.readTree(create.getBodyAsString());
        assertEquals(MARIEKE, params.path("members").get(0).path("id").asString());
        assertEquals(TENANT, params.path("tenantId").asString());
        assertEquals("Bearer " + TOKEN, create.getHeader("Authorization"));
        JsonNode kaart = card(proactiefNieuw().get(eerder));
        // the notification names the signal and the locatie, never what was seen or who
        JsonNode melding = activity(proactiefNieuw().get(eerder));
        assertEquals(
                "Nieuw signaal " + ref + " voor Locatie Het Baken.",
                melding.path("summary").asString());
        assertEquals(
                "Nieuw signaal " + ref + " voor Locatie Het Baken.",
                melding.path("text").asString());
        List<String> teksten = texts(kaart);
        assertTrue(teksten.contains("Nieuw signaal " + ref + " voor Locatie Het Baken."), teksten.toString());
        assertTrue(teksten.stream().anyMatch(t -> t.contains(marker)), teksten.toString());
        assertTrue(teksten.contains("Gemeld door: Daan Smit (via Teams)"), teksten.toString());
        assertTrue(teksten.contains("Urgentie: normaal"), teksten.toString());
        assertEquals(
                List.of("Opgepakt", "Doorsturen naar backup"),
                buttons(kaart).stream().map(b -> b.path("title").asString()).toList());

        JsonNode geweigerd = druk(SANNE, kaart, "Opgepakt");
        assertTrue(
                texts(geweigerd).get(0).contains("niet aan jou toegewezen"),
                texts(geweigerd).toString());
        assertEquals("NIEUW", status(ref));

        JsonNode opgepakt = druk(MARIEKE, kaart, "Opgepakt");
        assertTrue(texts(opgepakt).get(0).startsWith("Je hebt signaal " + ref + " opgepakt."));
        await().atMost(Duration.ofSeconds(15)).until(() -> proactiefNaarMelder().size() == 1);
        String bericht = String.join("\n", texts(card(proactiefNaarMelder().get(0))));
        assertTrue(bericht.startsWith("Je signaal " + ref + " is opgepakt door Marieke Jansen ("), bericht);
        JsonNode naarMelder = activity(proactiefNaarMelder().get(0));
        assertTrue(
                naarMelder.path("summary").asString().startsWith("Je signaal " + ref + " is opgepakt"),
                naarMelder.toString());
        for (LoggedRequest stap : replies()) {
            JsonNode a = activity(stap);
            assertFalse(a.path("summary").asString().isBlank(), "every reply has a preview: " + a);
            assertFalse(a.path("summary").asString().contains(marker), "no description in a preview: " + a);
            assertFalse(a.path("text").asString().contains(marker), "no description in a preview: " + a);
        }
    }

    @Test
    void connectorAnswering500ThreeTimesThen200DeliversTheCardOnce() throws Exception {
        // the aanspreekpunt has a stored personal conversation: the card goes there
        String conversation = "a:marieke-" + UUID.randomUUID();
        references.bewaar(new ConversationReferences.Opgeslagen(
                MARIEKE, conversation, "personal", serviceUrl, TENANT, "28:" + APP_ID, "{}"));
        String pad = java.net.URI.create(serviceUrl).getPath() + "v3/conversations/"
                + java.net.URLEncoder.encode(conversation, java.nio.charset.StandardCharsets.UTF_8)
                + "/activities";
        String scenario = "retry-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            WIREMOCK.stubFor(post(urlPathEqualTo(pad))
                    .inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? STARTED : "fout-" + i)
                    .willReturn(aResponse().withStatus(500))
                    .willSetStateTo("fout-" + (i + 1)));
        }
        WIREMOCK.stubFor(post(urlPathEqualTo(pad))
                .inScenario(scenario)
                .whenScenarioStateIs("fout-3")
                .willReturn(aResponse().withStatus(201).withBody("{\"id\":\"ok\"}")));

        String ref = meldAlsDaan("Leerling heeft ineens meerdere telefoons.");

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        WIREMOCK.findAll(postRequestedFor(urlPathEqualTo(pad))).size() == 4);
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(4))
                .until(() ->
                        WIREMOCK.findAll(postRequestedFor(urlPathEqualTo(pad))).size() == 4);
        assertEquals(
                List.of("BEZORGD"),
                jdbc.sql("select a.actie from signaal_audit a join signaal s on s.id = a.signaal_id"
                                + " where s.referentie = :ref and a.actie like 'BEZORG%'")
                        .param("ref", ref)
                        .query(String.class)
                        .list(),
                "delivered exactly once");
    }

    /**
     * Issue 15, item 2: "mijn meldingen" typed by the aanspreekpunt in a Teams channel or group chat
     * lists no signal there; the list goes to her personal chat with the bot.
     */
    @ParameterizedTest
    @ValueSource(strings = {"channel", "groupChat"})
    void mijnMeldingenInASharedConversationListsNothingThereAndSendsTheListToThePersonalChat(String type)
            throws Exception {
        String marker = "Kanaalmarker-" + UUID.randomUUID();
        String persoonlijk = "a:marieke-" + UUID.randomUUID();
        references.bewaar(new ConversationReferences.Opgeslagen(
                MARIEKE, persoonlijk, "personal", serviceUrl, TENANT, "28:" + APP_ID, "{}"));
        String ref = meldAlsDaan("Leerling wordt na school opgewacht door oudere jongens. " + marker);
        // its card reaches her personal chat first, so that no delivery is left for the next test
        await().atMost(Duration.ofSeconds(15))
                .until(() -> jdbc.sql("select count(*) from signaal_audit a join signaal s on s.id = a.signaal_id"
                                        + " where s.referentie = :ref and a.actie = 'BEZORGD'")
                                .param("ref", ref)
                                .query(Integer.class)
                                .single()
                        == 1);
        String persoonlijkPad = java.net.URI.create(serviceUrl).getPath() + "v3/conversations/"
                + java.net.URLEncoder.encode(persoonlijk, java.nio.charset.StandardCharsets.UTF_8);
        ObjectNode activity = fixture("01-channel-message-with-bot-mention.json");
        ((ObjectNode) activity.path("from")).put("aadObjectId", MARIEKE).put("name", "Marieke Jansen");
        ((ObjectNode) activity.path("conversation")).put("conversationType", type);
        if (!type.equals("channel")) {
            activity.remove("channelData");
            ((ObjectNode) activity.path("conversation")).put("id", "19:groep-" + UUID.randomUUID() + "@thread.v2");
        }
        activity.put("id", UUID.randomUUID().toString());
        activity.put("text", "<at>My Combined</at> mijn meldingen");

        assertEquals(200, sendSigned(activity).statusCode());

        await().atMost(Duration.ofSeconds(15))
                .until(() -> connectorCalls().stream()
                        .anyMatch(r -> r.getUrl().startsWith(persoonlijkPad)
                                && texts(card(r)).contains("Open signalen voor jou:")));
        List<LoggedRequest> gedeeld = connectorCalls().stream()
                .filter(r -> !r.getUrl().startsWith(persoonlijkPad))
                .toList();
        assertEquals(
                1,
                gedeeld.size(),
                "one reply in the " + type + ": "
                        + gedeeld.stream()
                                .map(r -> r.getUrl() + " " + r.getBodyAsString())
                                .toList());
        for (LoggedRequest r : gedeeld) {
            assertFalse(r.getBodyAsString().contains(marker), "no signal text in the " + type);
            assertFalse(r.getBodyAsString().contains(ref), "no signal reference in the " + type);
        }
        assertEquals(List.of("Ik stuur je je meldingen in een privébericht."), texts(card(gedeeld.get(0))));
        // the signal's own card may reach her personal chat too (its delivery job): the list is the other one
        List<LoggedRequest> prive = connectorCalls().stream()
                .filter(r -> r.getUrl().startsWith(persoonlijkPad))
                .filter(r -> texts(card(r)).contains("Open signalen voor jou:"))
                .toList();
        assertEquals(1, prive.size());
        String lijst = String.join("\n", texts(card(prive.get(0))));
        assertTrue(lijst.contains("Open signalen voor jou:") && lijst.contains(marker), lijst);
    }

    /** The whole flow through the conversation core as Daan in Teams; returns the reference. */
    String meldAlsDaan(String beschrijving) {
        Afzender daan = new Afzender(Kanaal.TEAMS, DAAN, "Daan Smit", null, null, null);
        gesprek.beantwoord(Bericht.tekst(daan, null, "melden"));
        Antwoord a = gesprek.beantwoord(Bericht.tekst(daan, null, beschrijving));
        a = gesprek.beantwoord(Bericht.actie(daan, null, actie(a, "Nee")));
        a = gesprek.beantwoord(Bericht.actie(daan, null, actie(a, "Overslaan")));
        a = gesprek.beantwoord(Bericht.actie(daan, null, actie(a, "Versturen")));
        String tekst = a.onderdelen().toString();
        Matcher m = REFERENTIE.matcher(tekst);
        assertTrue(m.find(), tekst);
        return m.group(1);
    }

    static Actie actie(Antwoord a, String label) {
        return a.onderdelen().stream()
                .filter(Antwoord.Knoppen.class::isInstance)
                .flatMap(k -> ((Antwoord.Knoppen) k).knoppen().stream())
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElseThrow()
                .actie();
    }

    String status(String ref) {
        return jdbc.sql("select status from signaal where referentie = :ref")
                .param("ref", ref)
                .query(String.class)
                .single();
    }
}
