package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.weerbaar.bot.BotTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without {@code weerbaar.admin.token} the admin API and page do not exist: 404, not 401. Runs in
 * the shared application of {@link BotTest}, which configures no admin token.
 */
class AdminOffTest extends BotTest {
    @LocalServerPort
    int port;

    @Test
    void adminApiAndPageAreAbsentWhenNoTokenIsConfigured() throws Exception {
        AdminFixtures.Instantie app = new AdminFixtures.Instantie(port);
        for (String path : List.of("/admin", "/admin/status", "/admin/catalog/versions", "/admin/inzicht.csv")) {
            assertEquals(404, app.get(path).statusCode(), path);
        }
        assertEquals(404, app.post("/admin/reindex").statusCode());
        assertEquals(200, app.admin("GET", "/actuator/health", null, null, null).statusCode());
        assertEquals(
                200,
                app.admin("GET", "/actuator/health/liveness", null, null, null).statusCode());
        assertEquals(
                200,
                app.admin("GET", "/actuator/health/readiness", null, null, null).statusCode());
    }
}
