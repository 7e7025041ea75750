package nl.weerbaar.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Base of the Teams tests over the real protocol: the application on a random port with an app id,
 * and WireMock as the Bot Framework's OpenID metadata + JWKS (our test key), the token endpoint and
 * the Bot Connector. Each test gets its own service URL path, so what the connector received is
 * per test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class TeamsHttpTest {
    static final String APP_ID = "7f1c2b3a-5d4e-4f60-8a7b-9c0d1e2f3a4b";
    static final String APP_PASSWORD = "test-secret";
    static final String TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String TOKEN = "token-from-stub";
    static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final WireMockServer WIREMOCK = new WireMockServer(options().dynamicPort());
    static final RSAKey KEY = generate();
    /** Same key id, different key: a token signed with it is forged. */
    static final RSAKey FORGED_KEY = generate();

    static {
        WIREMOCK.start();
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    /** The service URL of the current test: a path of its own on WireMock. */
    String serviceUrl;

    @DynamicPropertySource
    static void microsoftStubs(DynamicPropertyRegistry registry) {
        registry.add(
                "weerbaar.teams.openid-metadata-url", () -> WIREMOCK.baseUrl() + "/v1/.well-known/openidconfiguration");
        registry.add("weerbaar.teams.token-endpoint", () -> WIREMOCK.baseUrl() + TOKEN_PATH);
    }

    /** The bot's registration; subclasses that test with an app id call this from their own property source. */
    static void registerApp(DynamicPropertyRegistry registry) {
        registry.add("MicrosoftAppId", () -> APP_ID);
        registry.add("MicrosoftAppPassword", () -> APP_PASSWORD);
        registry.add("MicrosoftAppTenantId", () -> TENANT);
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void stubMicrosoft() {
        serviceUrl = WIREMOCK.baseUrl() + "/" + UUID.randomUUID() + "/";
        WIREMOCK.stubFor(get(urlEqualTo("/v1/.well-known/openidconfiguration"))
                .willReturn(okJson("{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"" + WIREMOCK.baseUrl()
                        + "/v1/.well-known/keys\"}")));
        WIREMOCK.stubFor(
                get(urlEqualTo("/v1/.well-known/keys")).willReturn(okJson(new JWKSet(KEY.toPublicJWK()).toString())));
        WIREMOCK.stubFor(post(urlEqualTo(TOKEN_PATH))
                .willReturn(
                        okJson("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + TOKEN + "\"}")));
        WIREMOCK.stubFor(post(urlPathMatching("/[^/]+/v3/conversations/.*"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"reply-1\"}")));
    }

    /** A recorded Teams activity, pointed at this test's service URL. */
    ObjectNode fixture(String name) throws IOException {
        try (InputStream in = TeamsHttpTest.class.getResourceAsStream("/teams/" + name)) {
            ObjectNode activity = (ObjectNode) JSON.readTree(in);
            activity.put("serviceUrl", serviceUrl);
            return activity;
        }
    }

    /** A token as the Bot Framework Service signs it, for this test's service URL. */
    String token() throws Exception {
        return token(KEY, claims().build());
    }

    JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("https://api.botframework.com")
                .audience(APP_ID)
                .claim("serviceurl", serviceUrl)
                .notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plusSeconds(3600)));
    }

    static String token(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    HttpResponse<String> send(String authorization, String body) throws IOException, InterruptedException {
        return send("127.0.0.1", authorization, body);
    }

    HttpResponse<String> send(String host, String authorization, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://" + host + ":" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> sendSigned(ObjectNode activity) throws Exception {
        return send("Bearer " + token(), JSON.writeValueAsString(activity));
    }

    /** What the Bot Connector received during this test. */
    List<LoggedRequest> connectorCalls() {
        String prefix = URI.create(serviceUrl).getPath() + "v3/conversations/";
        return WIREMOCK.getAllServeEvents().stream()
                .map(e -> e.getRequest())
                .filter(r -> r.getUrl().startsWith(prefix))
                .toList();
    }

    /** The activity the connector received (its {@code summary} and {@code text} are what a notification shows). */
    static JsonNode activity(LoggedRequest call) {
        return JSON.readTree(call.getBodyAsString());
    }

    /** The single Adaptive Card the connector received. */
    static JsonNode card(LoggedRequest call) {
        JsonNode activity = JSON.readTree(call.getBodyAsString());
        JsonNode attachment = activity.path("attachments").get(0);
        if (!AdaptiveCards.CONTENT_TYPE.equals(attachment.path("contentType").asString())) {
            throw new AssertionError("not an Adaptive Card: " + call.getBodyAsString());
        }
        return attachment.path("content");
    }

    /** The texts of a card's TextBlocks, in order. */
    static List<String> texts(JsonNode card) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : card.path("body")) {
            if ("TextBlock".equals(element.path("type").asString())) {
                texts.add(element.path("text").asString());
            }
        }
        return texts;
    }

    /** The facts of a card (the aanspreekpunt's lines in their Container) as "title: value". */
    static List<String> facts(JsonNode card) {
        List<String> facts = new ArrayList<>();
        for (JsonNode element : card.path("body")) {
            if ("Container".equals(element.path("type").asString())) {
                for (JsonNode fact : element.path("items")) {
                    facts.add(fact.path("text").asString());
                }
            }
        }
        return facts;
    }

    /** The Action.Submit data of a card's buttons. */
    static List<JsonNode> buttons(JsonNode card) {
        List<JsonNode> data = new ArrayList<>();
        for (JsonNode element : card.path("body")) {
            for (JsonNode action : element.path("actions")) {
                data.add(action);
            }
        }
        return data;
    }
}
