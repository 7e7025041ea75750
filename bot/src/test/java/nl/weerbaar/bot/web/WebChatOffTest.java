package nl.weerbaar.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With Teams credentials configured and no explicit switch, the unauthenticated web chat is off. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:web-off;DB_CLOSE_DELAY=-1",
            "MicrosoftAppId=00000000-0000-0000-0000-000000000001"
        })
class WebChatOffTest {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void chatApiIsAbsentAndHomeExplainsHowToTurnItOn() throws Exception {
        HttpResponse<String> chat = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"u\",\"text\":\"hallo\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> home = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(404, chat.statusCode());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("weerbaar.web.enabled=true"), home.body());
    }
}
