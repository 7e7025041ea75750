package nl.weerbaar.bot.admin;

import static nl.weerbaar.bot.admin.AdminFixtures.JSON;
import static nl.weerbaar.bot.admin.AdminFixtures.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Replays the attacks on the actuator and the admin token (issue 15, item 7): health details and
 * metrics read without a token, and guessing the token without limit. The throttling test runs
 * last: it leaves 127.0.0.1 refused for a minute in this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:actuator-toegang;DB_CLOSE_DELAY=-1",
            "weerbaar.admin.token=" + TOKEN
        })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActuatorToegangTest {
    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path, String token) throws Exception {
        return new AdminFixtures.Instantie(port).admin("GET", path, token, null, null);
    }

    @Test
    @Order(1)
    void anonymousHealthSaysOnlyTheStatus() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
            HttpResponse<String> health = get(path, null);

            assertEquals(200, health.statusCode(), path);
            assertOnlyTheStatus(health.body());
        }
        assertEquals(404, get("/actuator/health/catalog", null).statusCode(), "no component by name either");
    }

    /** "UP" and nothing else but, on /actuator/health, the names of the probe groups (liveness, readiness). */
    static void assertOnlyTheStatus(String body) {
        JsonNode health = JSON.readTree(body);
        assertEquals("UP", health.path("status").asString(), body);
        assertTrue(Set.of("status", "groups").containsAll(health.propertyNames()), body);
        assertFalse(body.contains("details") || body.contains("components"), body);
    }

    @Test
    @Order(2)
    void healthDetailsNeedTheAdminToken() throws Exception {
        HttpResponse<String> health = get("/actuator/health", TOKEN);

        assertEquals(200, health.statusCode(), health.body());
        JsonNode components = JSON.readTree(health.body()).path("components");
        assertEquals("UP", components.path("db").path("status").asString(), health.body());
        assertFalse(
                components
                        .path("catalog")
                        .path("details")
                        .path("source")
                        .asString()
                        .isEmpty(),
                health.body());
        assertEquals("UP", components.path("diskSpace").path("status").asString(), health.body());
    }

    @Test
    @Order(3)
    void metricsAndTheOtherEndpointsNeedTheAdminToken() throws Exception {
        for (String path : List.of("/actuator/prometheus", "/actuator/info", "/actuator")) {
            HttpResponse<String> anonymous = get(path, null);
            assertEquals(401, anonymous.statusCode(), path + ": " + anonymous.body());
            assertFalse(anonymous.body().contains("jvm_"), path);
        }
        HttpResponse<String> metrics = get("/actuator/prometheus", TOKEN);
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("weerbaar_berichten_total"), metrics.body());
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void sixWrongTokensFromOneAddressAreRefusedWithRetryAfterEvenWhenTheNextOneIsRight() throws Exception {
        for (int i = 1; i <= 5; i++) {
            String guess = "guess-" + i + "-0123456789-0123456789-0123456789";
            assertEquals(401, get("/admin/status", guess).statusCode(), "guess " + i);
        }

        HttpResponse<String> sixth = get("/admin/status", "guess-6-0123456789-0123456789-0123456789");
        HttpResponse<String> right = get("/admin/status", TOKEN);
        HttpResponse<String> viaHealth = get("/actuator/health", TOKEN);

        assertEquals(429, sixth.statusCode(), sixth.body());
        long retryAfter =
                Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(JSON.readTree(sixth.body()).path("error").asString().contains("Te veel"), sixth.body());
        assertEquals(429, right.statusCode(), "while refused, the right token does not tell a guess apart");
        assertEquals(429, viaHealth.statusCode(), "the actuator is refused to that address too");
    }
}
