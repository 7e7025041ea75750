package nl.weerbaar.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.weerbaar.bot.BotTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors over HTTP, as a browser and a program meet them: a Dutch page with the 112 advice for a person, {@code
 * {"error": "…"}} in Dutch for the API routes; never Spring's English "Whitelabel Error Page".
 */
class FoutPaginaTest extends BotTest {
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<String> send(String method, String path, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertDutchPage(HttpResponse<String> response, String kop) {
        String body = response.body();
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                response.headers().toString());
        assertTrue(body.contains("<html lang=\"nl\">"), body);
        assertTrue(body.contains("<h1>" + kop + "</h1>"), body);
        assertTrue(body.contains("Bij acuut gevaar: bel 112."), body);
        assertFalse(body.contains("Whitelabel"), body);
        assertFalse(body.contains("Not Found") || body.contains("Method Not Allowed"), body);
    }

    @Test
    void anUnknownAddressInABrowserIsADutchPageWithAWayBack() throws Exception {
        HttpResponse<String> response = send("GET", "/bestaat-niet", BROWSER_ACCEPT);

        assertEquals(404, response.statusCode());
        assertDutchPage(response, "Deze pagina bestaat niet");
        assertTrue(response.body().contains("<a href=\"/\">Verder naar Weerbaar</a>"), response.body());
    }

    @Test
    void openingAnInboxButtonsAddressIsA405PageThatPointsBackToTheInbox() throws Exception {
        HttpResponse<String> response = send("GET", "/inbox/signaal/S-ABC234/opgepakt", BROWSER_ACCEPT);

        assertEquals(405, response.statusCode());
        assertDutchPage(response, "Deze pagina kun je zo niet openen");
        assertTrue(
                response.body()
                        .contains(
                                "Dit adres hoort bij een knop. Ga terug naar de pagina en gebruik de knop" + " daar."),
                response.body());
        assertTrue(response.body().contains("<a href=\"/inbox\">Verder naar Weerbaar</a>"), response.body());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/chat, 405, Dit adres neemt alleen POST aan.",
        "DELETE, /api/messages, 405, Dit adres neemt alleen POST aan.",
        "GET, /api/bestaat-niet, 404, Dit adres bestaat niet.",
        "POST, /slack/bestaat-niet, 404, Dit adres bestaat niet.",
    })
    void apiRoutesAnswerErrorsAsDutchJsonWhateverTheClientAccepts(String method, String path, int status, String error)
            throws Exception {
        for (String accept : new String[] {null, BROWSER_ACCEPT, "application/json"}) {
            HttpResponse<String> response = send(method, path, accept);

            assertEquals(status, response.statusCode(), path + " with Accept " + accept);
            assertTrue(
                    response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                    response.headers().toString());
            JsonNode body = JSON.readTree(response.body());
            assertEquals(error, body.path("error").asString(), response.body());
            assertEquals(1, body.size(), "only the error: " + response.body());
        }
    }

    @Test
    void aProgramThatAsksForJsonGetsJsonAlsoOutsideTheApi() throws Exception {
        HttpResponse<String> response = send("GET", "/bestaat-niet", "application/json");

        assertEquals(404, response.statusCode());
        assertEquals(
                "Dit adres bestaat niet.",
                JSON.readTree(response.body()).path("error").asString());
    }

    @Test
    void malformedJsonToTheChatIsA400InDutch() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{kapot"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertEquals(400, response.statusCode(), response.body());
        String error = JSON.readTree(response.body()).path("error").asString();
        assertFalse(error.isBlank() || error.equals("Bad Request"), response.body());
    }
}
