package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code management.server.port} the actuator moves to a port of its own (for the monitoring
 * network): there the metrics need no token, the application's port has no actuator at all, and
 * health still shows only its status without the token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:actuator-management-port;DB_CLOSE_DELAY=-1",
            "weerbaar.admin.token=" + AdminFixtures.TOKEN,
            "management.server.port=0"
        })
class ActuatorManagementPortTest {
    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void metricsAreOnTheManagementPortOnlyAndHealthDetailsStayHidden() throws Exception {
        HttpResponse<String> metrics =
                new AdminFixtures.Instantie(managementPort).admin("GET", "/actuator/prometheus", null, null, null);
        HttpResponse<String> health =
                new AdminFixtures.Instantie(managementPort).admin("GET", "/actuator/health", null, null, null);
        HttpResponse<String> opDeApp =
                new AdminFixtures.Instantie(port).admin("GET", "/actuator/prometheus", AdminFixtures.TOKEN, null, null);

        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("weerbaar_berichten_total"), metrics.body());
        ActuatorToegangTest.assertOnlyTheStatus(health.body());
        assertEquals(404, opDeApp.statusCode());
    }
}
