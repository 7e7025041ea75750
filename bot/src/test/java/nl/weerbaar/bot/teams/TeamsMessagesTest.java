package nl.weerbaar.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The recorded Teams payloads replayed over HTTP with signed tokens; refused tokens get 401 and no reply. */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:teams-messages;DB_CLOSE_DELAY=-1")
class TeamsMessagesTest extends TeamsHttpTest {
    static final String QUESTION = "We hebben nauwelijks contact met de wijkagent.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConversationReferences references;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registerApp(registry);
    }

    @BeforeEach
    void emptyJournal() {
        WIREMOCK.resetRequests();
    }

    private JsonNode onlyCard() {
        assertEquals(1, connectorCalls().size(), "connector calls");
        return card(connectorCalls().get(0));
    }

    private static ObjectNode knopData(String type, Map<String, String> waarden) {
        ObjectNode value = JSON.createObjectNode();
        ObjectNode weerbaar = value.putObject("weerbaar");
        weerbaar.put("type", type);
        ObjectNode w = weerbaar.putObject("waarden");
        waarden.forEach(w::put);
        return value;
    }

    @Test
    void channelMentionIsStrippedAndTheMappedLocatieAnswers() throws Exception {
        ObjectNode activity = fixture("01-channel-message-with-bot-mention.json");
        // a whole-message command: it is only understood when the mention is stripped completely
        activity.put("text", "<at>My Combined</at> wie is mijn aanspreekpunt\n");
        ObjectNode channelData = (ObjectNode) activity.path("channelData");
        ((ObjectNode) channelData.path("team")).put("id", "19:voorbeeld-team-de-linde@thread.tacv2");
        ((ObjectNode) channelData.path("channel")).put("id", "19:voorbeeld-kanaal-de-linde@thread.tacv2");

        HttpResponse<String> response = sendSigned(activity);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode card = onlyCard();
        assertTrue(
                texts(card).contains("Je aanspreekpunt (Locatie De Linde)"),
                texts(card).toString());
        assertTrue(facts(card).contains("Naam: Sanne de Vries"), facts(card).toString());
        assertFalse(card.toString().contains("<at>"), card.toString());
        assertTrue(connectorCalls().get(0).getUrl().endsWith("/activities/1571537152320"));
    }

    @Test
    void anAnswerCarriesTheKnelpuntAsItsNotificationPreview() throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", QUESTION);

        assertEquals(200, sendSigned(activity).statusCode());

        assertEquals(1, connectorCalls().size(), "connector calls");
        JsonNode reply = activity(connectorCalls().get(0));
        assertEquals(
                "De samenwerking met ketenpartners is beperkt.",
                reply.path("summary").asString());
        assertEquals(
                "De samenwerking met ketenpartners is beperkt.",
                reply.path("text").asString());
    }

    @Test
    void groupChatMessageIsAnsweredWithACard() throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", "help");
        ObjectNode conversation = (ObjectNode) activity.path("conversation");
        conversation.put("conversationType", "groupChat");
        conversation.put("isGroup", true);
        conversation.put("id", "19:444d246d19234aab86db1a0cb3d13cb8@thread.v2");

        assertEquals(200, sendSigned(activity).statusCode());

        List<String> texts = texts(onlyCard());
        assertEquals("Bij acuut gevaar: bel 112.", texts.get(0), "the warning comes first");
    }

    @Test
    void actionSubmitValueIsHandedBackToTheConversation() throws Exception {
        ObjectNode activity = fixture("05-message-with-value-from-adaptivecard-Action.Submit.json");
        activity.set("value", knopData("knelpunt", Map.of("knelpunt", "bekwaamheid-ketenpartners")));

        assertEquals(200, sendSigned(activity).statusCode());

        assertTrue(texts(onlyCard()).contains("3. Samenwerkingsafspraken in een werkplan of convenant vastleggen."));
    }

    @Test
    void unknownCardValueGetsAPoliteAnswer() throws Exception {
        ObjectNode activity = fixture("05-message-with-value-from-adaptivecard-Action.Submit.json");

        assertEquals(200, sendSigned(activity).statusCode());

        assertTrue(
                texts(onlyCard()).get(0).startsWith("Die knop ken ik niet"),
                texts(onlyCard()).toString());
    }

    @Test
    void messageBackValueIsHandled() throws Exception {
        ObjectNode activity = fixture("06-message-with-value-from-Action.Submit-msteams-messageBack.json");
        ObjectNode value = knopData("overzicht", Map.of());
        value.putObject("msteams").put("type", "messageBack");
        activity.set("value", value);

        assertEquals(200, sendSigned(activity).statusCode());

        JsonNode card = onlyCard();
        assertTrue(
                buttons(card).stream()
                        .anyMatch(b -> "bekwaamheid-ketenpartners"
                                .equals(b.path("data")
                                        .path("weerbaar")
                                        .path("waarden")
                                        .path("knelpunt")
                                        .asString())),
                card.toString());
    }

    @Test
    void invokeFromActionSubmitIsAnsweredWith200AndACard() throws Exception {
        ObjectNode activity = fixture("07-invoke-cardAction-from-Action.Submit-msteams-invoke.json");
        ObjectNode value = knopData("knelpunt", Map.of("knelpunt", "bekwaamheid-ketenpartners"));
        value.putObject("msteams").put("type", "invoke");
        activity.set("value", value);

        HttpResponse<String> response = sendSigned(activity);

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(texts(onlyCard()).contains("1. Netwerkaart maken van alle relevante partners met contactpersonen."));
    }

    @Test
    void otherInvokesAreNotImplemented() throws Exception {
        HttpResponse<String> response = sendSigned(fixture("08-invoke-composeExtension-query-search-ME.json"));

        assertEquals(501, response.statusCode());
        assertEquals(0, connectorCalls().size());
    }

    @Test
    void botAddedToAGroupChatSendsTheWelcomeCard() throws Exception {
        ObjectNode activity = fixture("04-conversationUpdate-membersAdded-groupChat.json");
        ((ObjectNode) activity.path("membersAdded").get(0))
                .put("id", activity.path("recipient").path("id").asString());

        assertEquals(200, sendSigned(activity).statusCode());

        JsonNode card = onlyCard();
        assertEquals("Bij acuut gevaar: bel 112.", texts(card).get(0));
        assertTrue(
                texts(card).get(1).startsWith("Hoi! Ik ben Weerbaar."),
                texts(card).toString());
    }

    @Test
    void anotherMemberJoiningATeamGetsNoMessage() throws Exception {
        assertEquals(
                200,
                sendSigned(fixture("03-conversationUpdate-teamMemberAdded-channel.json"))
                        .statusCode());

        assertEquals(0, connectorCalls().size());
    }

    @Test
    void conversationReferenceIsStoredForProactiveMessages() throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", "hallo");
        String user = activity.path("from").path("aadObjectId").asString();

        assertEquals(200, sendSigned(activity).statusCode());
        assertEquals(200, sendSigned(activity).statusCode());

        ConversationReferences.Opgeslagen stored = references.persoonlijk(user).orElseThrow();
        assertEquals(activity.path("conversation").path("id").asString(), stored.conversationId());
        assertEquals(serviceUrl, stored.serviceUrl());
        assertEquals(TENANT, stored.tenantId());
        assertEquals("28:cd59cf47-aca1-41e0-8441-387faee8331e", stored.botId());
        assertEquals(serviceUrl, ConversationReferences.reference(stored).getServiceUrl());
        assertEquals(
                1,
                jdbc.sql("select count(*) from teams_gesprek where user_aad_id = :u")
                        .param("u", user)
                        .query(Integer.class)
                        .single());
    }

    @Test
    void timestampWithoutFractionalSecondsIsAccepted() throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", "help");
        activity.put("timestamp", "2019-10-21T20:53:37Z");
        activity.put("localTimestamp", "2019-10-21T13:53:37-07:00");

        assertEquals(200, sendSigned(activity).statusCode());

        assertTrue(
                texts(onlyCard()).get(1).startsWith("Beschrijf een situatie"),
                texts(onlyCard()).toString());
    }

    @Test
    void malformedJsonWithAValidTokenIsA400() throws Exception {
        HttpResponse<String> response = send("Bearer " + token(), "{\"type\": \"message\", \"text\": ");

        assertEquals(400, response.statusCode());
        assertEquals(0, connectorCalls().size());
    }

    @Test
    void jsonThatIsNoActivityIsA400() throws Exception {
        assertEquals(400, send("Bearer " + token(), "[1, 2]").statusCode());
        assertEquals(400, send("Bearer " + token(), "{\"text\": \"geen type\"}").statusCode());
    }

    @Test
    void messageFromASenderWithoutIdIsA400AndNothingIsSent() throws Exception {
        // found by fuzzing (seed 5726092993315744662): was a 500 from the conversation core
        ObjectNode activity = fixture("10-FUZZ-message-from-without-id.json");

        HttpResponse<String> response = sendSigned(activity);

        assertEquals(400, response.statusCode());
        assertEquals(0, connectorCalls().size());
    }

    @Test
    void blankAadObjectIdFallsBackToTheChannelAccountId() throws Exception {
        ObjectNode activity = fixture("11-FUZZ-message-from-aadObjectId-blank.json");
        String channelAccount = activity.path("from").path("id").asString();

        assertEquals(200, sendSigned(activity).statusCode());

        assertTrue(
                texts(onlyCard()).get(1).startsWith("Beschrijf een situatie"),
                texts(onlyCard()).toString());
        assertEquals(
                activity.path("conversation").path("id").asString(),
                references.persoonlijk(channelAccount).orElseThrow().conversationId());
        assertEquals(
                0,
                jdbc.sql("select count(*) from teams_gesprek where user_aad_id = ''")
                        .query(Integer.class)
                        .single());
    }

    @Test
    void localeThatIsNoLanguageTagIsIgnoredAndTheMessageAnswered() throws Exception {
        // found by fuzzing (seed 2073258907808511777): the SDK threw IllformedLocaleException, a 500
        ObjectNode activity = fixture("12-FUZZ-message-locale-with-BOM.json");
        activity.put("text", "help");

        assertEquals(200, sendSigned(activity).statusCode());

        assertTrue(
                texts(onlyCard()).get(1).startsWith("Beschrijf een situatie"),
                texts(onlyCard()).toString());
    }

    // --- refused tokens: 401, nothing processed, nothing sent ---

    private void assertRefused(String authorization) throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", QUESTION);
        String user = "refused-" + System.nanoTime();
        ((ObjectNode) activity.path("from")).put("aadObjectId", user);

        HttpResponse<String> response = send(authorization, JSON.writeValueAsString(activity));

        assertEquals(401, response.statusCode(), response.body());
        assertEquals(0, connectorCalls().size(), "the connector must receive nothing");
        assertTrue(references.persoonlijk(user).isEmpty(), "nothing may be processed");
    }

    @Test
    void missingTokenIsRejectedWithoutReply() throws Exception {
        assertRefused(null);
    }

    @Test
    void malformedTokenIsRejectedWithoutReply() throws Exception {
        assertRefused("Bearer not-a-jwt");
    }

    @Test
    void nonBearerAuthorizationIsRejectedWithoutReply() throws Exception {
        assertRefused("Basic " + token());
    }

    @Test
    void expiredTokenIsRejectedWithoutReply() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        assertRefused("Bearer "
                + token(
                        KEY,
                        claims().notBeforeTime(Date.from(past.minusSeconds(600)))
                                .expirationTime(Date.from(past))
                                .build()));
    }

    @Test
    void tokenForAnotherAudienceIsRejectedWithoutReply() throws Exception {
        assertRefused("Bearer " + token(KEY, claims().audience("another-bot").build()));
    }

    @Test
    void tokenForAnotherServiceUrlIsRejectedWithoutReply() throws Exception {
        assertRefused("Bearer "
                + token(
                        KEY,
                        claims().claim("serviceurl", "https://evil.example/").build()));
    }

    @Test
    void tokenFromAnotherIssuerIsRejectedWithoutReply() throws Exception {
        assertRefused("Bearer "
                + token(KEY, claims().issuer("https://sts.windows.net/evil/").build()));
    }

    @Test
    void forgedTokenIsRejectedWithoutReply() throws Exception {
        assertRefused("Bearer " + token(FORGED_KEY, claims().build()));
    }

    @Test
    void unsignedTokenIsRejectedWithoutReply() throws Exception {
        JWTClaimsSet claims = claims().build();
        String unsigned = new com.nimbusds.jwt.PlainJWT(claims).serialize();
        assertRefused("Bearer " + unsigned);
    }
}
