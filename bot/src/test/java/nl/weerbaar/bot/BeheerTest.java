package nl.weerbaar.bot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import nl.weerbaar.bot.signals.InboxToken;
import nl.weerbaar.bot.web.InboxAanmelding;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that look at the application as an admin does: the bundled catalogue (admin
 * Femke de Boer), an in-memory H2 database of their own, the admin API on with {@link #TOKEN} and
 * the signals inbox on (the test secret of {@code config/application.properties}). They share one
 * application context; each test uses its own user ids and markers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:beheer-tests;DB_CLOSE_DELAY=-1",
            "weerbaar.admin.token=" + BeheerTest.TOKEN
        })
public abstract class BeheerTest {
    public static final String TOKEN = "beheer-test-token-0123456789-abcdefghij";
    public static final String SECRET = "test-signalen-geheim";
    public static final String FEMKE_EMAIL = "f.deboer@voorbeeldcollege.example";

    protected final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    /** A GET on the admin API with the token. */
    protected HttpResponse<String> admin(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("X-Weerbaar-Beheerder", "femke")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request to the inbox with the given cookie (or none). */
    protected HttpResponse<String> inbox(String method, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        b.method(method, HttpRequest.BodyPublishers.noBody());
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in to the inbox with a personal link; returns the session cookie ("name=value"). */
    protected String login(String email) throws Exception {
        String token = InboxToken.maak(SECRET, email, Instant.now().plus(Duration.ofDays(1)));
        HttpResponse<String> r = http.send(
                InboxAanmelding.post(port, token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 303) {
            throw new AssertionError("inbox login refused: " + r.statusCode() + " " + r.body());
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }
}
