package nl.weerbaar.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The acceptance, in an application context of its own (so the token cache starts
 * empty): a signed personal-chat message produces one connector call with the Adaptive Card of the
 * ketenpartners knelpunt and the bearer token from the configured endpoint.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:teams-acceptance;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TeamsAcceptanceTest extends TeamsHttpTest {
    static final String QUESTION = "We hebben nauwelijks contact met de wijkagent.";
    /** Daan Smit in the bundled directory: locatie Het Baken. */
    static final String DAAN = "00000000-0000-4000-8000-000000000210";

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        registerApp(registry);
    }

    @BeforeAll
    static void emptyJournal() {
        WIREMOCK.resetRequests();
    }

    private ObjectNode question() throws Exception {
        ObjectNode activity = fixture("02-personal-chat-message.json");
        activity.put("text", QUESTION);
        ((ObjectNode) activity.path("from")).put("aadObjectId", DAAN);
        return activity;
    }

    @Test
    @Order(1)
    void personalChatQuestionGetsOneCardWithTheKetenpartnersInterventiesAndTheConfiguredToken() throws Exception {
        HttpResponse<String> response = sendSigned(question());

        assertEquals(200, response.statusCode(), response.body());
        List<LoggedRequest> calls = connectorCalls();
        assertEquals(1, calls.size());
        LoggedRequest call = calls.get(0);
        assertTrue(call.getUrl().endsWith("/activities/1571691217375"), call.getUrl());
        assertEquals("Bearer " + TOKEN, call.getHeader("Authorization"));
        assertEquals(question().path("conversation").path("id").asString(), call.getHeader("x-ms-conversation-id"));
        assertTrue(call.getHeader("Content-Type").startsWith("application/json"), call.getHeader("Content-Type"));
        JsonNode reply = JSON.readTree(call.getBodyAsString());
        assertEquals("message", reply.path("type").asString());
        assertEquals("1571691217375", reply.path("replyToId").asString());

        JsonNode card = card(call);
        assertEquals("AdaptiveCard", card.path("type").asString());
        assertEquals("1.5", card.path("version").asString());
        List<String> texts = texts(card);
        assertTrue(texts.contains("De samenwerking met ketenpartners is beperkt."), texts.toString());
        int first = texts.indexOf("1. Netwerkaart maken van alle relevante partners met contactpersonen.");
        assertTrue(first >= 0, texts.toString());
        assertEquals(
                List.of(
                        "1. Netwerkaart maken van alle relevante partners met contactpersonen.",
                        "2. Jaarlijkse netwerkbijeenkomst organiseren met jongerenwerk, politie, leerplicht, jeugdhulp.",
                        "3. Samenwerkingsafspraken in een werkplan of convenant vastleggen."),
                texts.subList(first, first + 3));
        assertTrue(facts(card).contains("Naam: Marieke Jansen"), facts(card).toString());
        assertTrue(
                texts.contains("Voor je schoolleiding: Vervoltraining Visie, Beleid & Interventie"), texts.toString());
        assertTrue(texts.contains("Voor je gemeente: Regie op Schoolveiligheid (voor gemeenten)"), texts.toString());

        WIREMOCK.verify(
                1,
                postRequestedFor(urlEqualTo(TOKEN_PATH))
                        .withFormParam("grant_type", equalTo("client_credentials"))
                        .withFormParam("client_id", equalTo(APP_ID))
                        .withFormParam("client_secret", equalTo(APP_PASSWORD))
                        .withFormParam("scope", equalTo("https://api.botframework.com/.default")));
    }

    @Test
    @Order(2)
    void tokenIsCachedUntilItExpires() throws Exception {
        assertEquals(200, sendSigned(question()).statusCode());

        assertEquals(1, connectorCalls().size());
        WIREMOCK.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }
}
