package nl.weerbaar.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import nl.weerbaar.bot.TestClock;
import nl.weerbaar.bot.signals.InboxToken;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The inbox's sign-in link and session over real HTTP (issue 15, item 6): the link is exchanged once
 * for a session the server keeps, the link is short-lived, the cookie holds only a random id (Secure
 * behind an https proxy when the forward-headers strategy says so), and logging out ends the session
 * on the server. Behind a proxy: {@code server.forward-headers-strategy=native} in this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:inbox-sessie;DB_CLOSE_DELAY=-1",
            "server.forward-headers-strategy=native"
        })
@Import(TestClock.Config.class)
class InboxSessieTest {
    static final String SANNE = "s.devries@voorbeeldcollege.example";

    final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        TestClock.CLOCK.reset();
    }

    HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Presses "Inloggen" on the page the link opened: the POST of its token. */
    HttpResponse<String> aanmelden(String token, String... headers) throws Exception {
        HttpRequest.Builder b = InboxAanmelding.post(port, token);
        if (headers.length > 0) {
            b.headers(headers);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String link(String email, Duration geldig) {
        return InboxToken.maak(SignalenWebTest.SECRET, email, Instant.now().plus(geldig));
    }

    static String sessieCookie(HttpResponse<String> login) {
        return login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(InboxController.COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + login.headers()));
    }

    static String waarde(String setCookie) {
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    @Test
    void aSignInLinkWorksOnceASecondUseIsRefusedWithA403Page() throws Exception {
        String token = link(SANNE, Duration.ofDays(1));

        HttpResponse<String> eerste = aanmelden(token);
        HttpResponse<String> tweede = aanmelden(token);
        HttpResponse<String> openen = send("GET", "/inbox/login?token=" + token);

        assertEquals(303, eerste.statusCode(), eerste.body());
        assertEquals(403, tweede.statusCode(), tweede.body());
        assertTrue(tweede.body().contains("Deze link is al gebruikt."), tweede.body());
        assertTrue(tweede.headers().allValues("Set-Cookie").isEmpty(), "no session for a used link");
        assertEquals(403, openen.statusCode(), "a used link opens the same refusal");
    }

    /**
     * A mail scanner opens links: opening one uses nothing up. It shows a page whose "Inloggen"
     * button posts the token from this site, so the SameSite=Strict cookie it sets comes along to the
     * inbox even when the link was clicked in webmail.
     */
    @Test
    void openingTheLinkUsesNothingUpAndItsPageSignsInWithAPostFromThisSite() throws Exception {
        String token = link(SANNE, Duration.ofDays(1));

        HttpResponse<String> scanner = send("GET", "/inbox/login?token=" + token);
        HttpResponse<String> mens = send("GET", "/inbox/login?token=" + token);

        for (HttpResponse<String> pagina : java.util.List.of(scanner, mens)) {
            assertEquals(200, pagina.statusCode(), pagina.body());
            assertTrue(pagina.headers().allValues("Set-Cookie").isEmpty(), "no session from opening the link");
            assertTrue(pagina.body().contains("<form method=\"post\" action=\"/inbox/login\">"), pagina.body());
            assertTrue(pagina.body().contains("<button type=\"submit\">Inloggen</button>"), pagina.body());
            assertEquals(
                    "no-store", pagina.headers().firstValue("Cache-Control").orElse(""));
        }
        assertEquals(303, aanmelden(token).statusCode(), "still unused after being opened twice");
    }

    @Test
    void aLinkUnusedForLongerThanSevenDaysIsRefusedEvenBeforeItsOwnExpiry() throws Exception {
        String oud = link(SANNE, Duration.ofDays(90)); // the old default of inbox-link
        String verlopen = link(SANNE, Duration.ofDays(1));

        TestClock.CLOCK.move(Duration.ofDays(8));
        HttpResponse<String> naAchtDagen = send("GET", "/inbox/login?token=" + oud);
        TestClock.CLOCK.reset();
        TestClock.CLOCK.move(Duration.ofDays(2));
        HttpResponse<String> naEigenEinde = send("GET", "/inbox/login?token=" + verlopen);

        assertEquals(403, naAchtDagen.statusCode(), naAchtDagen.body());
        assertTrue(naAchtDagen.body().contains("ongeldig of verlopen"), naAchtDagen.body());
        assertEquals(403, naEigenEinde.statusCode(), naEigenEinde.body());
    }

    @Test
    void theSessionCookieHoldsARandomIdHttpOnlySameSiteStrictAndSecureOnlyBehindHttps() throws Exception {
        String token = link(SANNE, Duration.ofDays(1));
        HttpResponse<String> http = aanmelden(token);
        HttpResponse<String> https = aanmelden(link(SANNE, Duration.ofDays(2)), "X-Forwarded-Proto", "https");

        String cookie = sessieCookie(http);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Max-Age=43200"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
        assertFalse(cookie.contains(token), "the cookie does not hold the link: " + cookie);
        String secure = sessieCookie(https);
        assertTrue(secure.contains("Secure"), secure);
        assertEquals(200, send("GET", "/inbox", "Cookie", waarde(cookie)).statusCode());

        TestClock.CLOCK.move(Duration.ofHours(12).plusMinutes(1));
        assertEquals(401, send("GET", "/inbox", "Cookie", waarde(cookie)).statusCode(), "12 hours on the server");
    }

    @Test
    void loggingOutEndsTheSessionOnTheServerSoTheOldCookieNoLongerWorks() throws Exception {
        String cookie = waarde(sessieCookie(aanmelden(link(SANNE, Duration.ofDays(1)))));
        HttpResponse<String> inbox = send("GET", "/inbox", "Cookie", cookie);
        assertTrue(inbox.body().contains("action=\"/inbox/uitloggen\""), "a logout button: " + inbox.body());

        HttpResponse<String> uit = send("POST", "/inbox/uitloggen", "Cookie", cookie);
        HttpResponse<String> daarna = send("GET", "/inbox", "Cookie", cookie);

        assertEquals(200, uit.statusCode(), uit.body());
        assertTrue(uit.body().contains("Je bent uitgelogd."), uit.body());
        assertTrue(sessieCookie(uit).contains("Max-Age=0"), sessieCookie(uit));
        assertEquals(401, daarna.statusCode(), "the server forgot the session: " + daarna.body());
    }

    @Test
    void anOldCookieHoldingTheLinkTokenItselfNoLongerSignsIn() throws Exception {
        String token = link(SANNE, Duration.ofDays(1));

        HttpResponse<String> r = send("GET", "/inbox", "Cookie", InboxController.COOKIE + "=" + token);

        assertEquals(401, r.statusCode(), r.body());
    }
}
