package nl.weerbaar.bot.web;

import static nl.weerbaar.bot.WebChatAntwoord.knop;
import static nl.weerbaar.bot.WebChatAntwoord.teksten;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.bot.BotTest;
import nl.weerbaar.bot.signals.InboxToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who the web chat thinks you are, over real HTTP (issue 15, item 5). The identity is a cookie the
 * server issued, or the inbox's sign-in; the body's {@code "user"} names nobody. Replays the two
 * attacks: {@code "user": "teacher-bob"} reading Bob's signals, notice and draft, and {@code "user":
 * "inbox:m.jansen@…"} writing audit rows in Marieke's name.
 */
class WebChatIdentiteitTest extends BotTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Pattern REFERENTIE = Pattern.compile("Referentie (S-[A-Z0-9]{6})\\.");
    static final String MARIEKE = "m.jansen@voorbeeldcollege.example";
    static final String SANNE = "s.devries@voorbeeldcollege.example";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A browser: keeps the cookies the server sets, sends them back (same origin). */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    HttpResponse<String> post(HttpClient client, ObjectNode body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    JsonNode chat(HttpClient client, String user, String location, String text) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("user", user);
        if (location != null) {
            body.put("location", location);
        }
        body.put("text", text);
        HttpResponse<String> r = post(client, body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    JsonNode druk(HttpClient client, String user, JsonNode actie) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("user", user);
        body.set("action", actie);
        HttpResponse<String> r = post(client, body);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs this browser in with a personal inbox link. */
    void login(HttpClient client, String email) throws Exception {
        String token =
                InboxToken.maak(SignalenWebTest.SECRET, email, Instant.now().plus(Duration.ofDays(1)));
        assertEquals(
                303,
                client.send(InboxAanmelding.post(port, token).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode());
    }

    /** Passes on a signal in the web chat as this browser (signed in) with this body "user"; its reference. */
    String meld(HttpClient client, String user, String locatie, String beschrijving) throws Exception {
        chat(client, user, locatie, "melden");
        JsonNode urgentie = chat(client, user, null, beschrijving);
        JsonNode leerling = druk(client, user, knop(urgentie, "Nee").path("actie"));
        JsonNode samenvatting = druk(client, user, knop(leerling, "Overslaan").path("actie"));
        JsonNode verstuurd = druk(client, user, knop(samenvatting, "Versturen").path("actie"));
        Matcher m = REFERENTIE.matcher(String.join("\n", teksten(verstuurd)));
        assertTrue(m.find(), teksten(verstuurd).toString());
        return m.group(1);
    }

    @Test
    void aForgedUserInTheBodyNeitherReadsAnotherTeachersSignalsNorTheirNoticeNorWritesIntoTheirDraft()
            throws Exception {
        String bob = "teacher-bob-" + UUID.randomUUID();
        HttpClient bobs = browser();
        login(bobs, MARIEKE);
        String ref = meld(bobs, bob, "de-linde", "Leerling wacht elke dag bij het hek op een auto.");
        HttpClient sannes = browser();
        login(sannes, SANNE);
        HttpResponse<String> opgepakt = sannes.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/inbox/signaal/" + ref + "/opgepakt"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(opgepakt.body().contains("opgepakt"), opgepakt.body());

        HttpClient aanvaller = browser();
        String gelezen = String.join("\n", teksten(chat(aanvaller, bob, null, "mijn meldingen")));

        assertFalse(gelezen.contains(ref), "the attacker lists Bob's signals: " + gelezen);
        assertFalse(gelezen.contains("Je signaal"), "the attacker reads Bob's notice: " + gelezen);
        List<String> eigen = teksten(chat(bobs, bob, null, "mijn meldingen"));
        assertTrue(
                eigen.get(0).startsWith("Je signaal " + ref + " is opgepakt"), "Bob still gets his notice: " + eigen);

        chat(bobs, bob, "de-linde", "melden");
        String marker = "Aanvallersmarker-" + UUID.randomUUID();
        String inConcept = String.join("\n", teksten(chat(aanvaller, bob, null, marker)));
        assertFalse(inConcept.contains(marker), "the attacker's text went into Bob's draft: " + inConcept);
        assertEquals(
                0,
                jdbc.sql("select count(*) from signaal_concept where beschrijving like :m")
                        .param("m", "%" + marker + "%")
                        .query(Integer.class)
                        .single());
    }

    @Test
    void aForgedInboxUserInTheBodyWritesNoAuditRowInHerName() throws Exception {
        HttpClient sannes = browser();
        login(sannes, SANNE);
        String ref = meld(sannes, "sanne", "het-baken", "Leerling vertelt over schulden bij oudere jongens.");

        HttpClient aanvaller = browser();
        String vervalst = "inbox:" + MARIEKE;
        ObjectNode actie = JSON.createObjectNode().put("type", "signaal-opgepakt");
        actie.putObject("waarden").put("signaal", ref);
        JsonNode antwoord = druk(aanvaller, vervalst, actie);
        druk(
                aanvaller,
                vervalst,
                JSON.createObjectNode().put("type", "signaal-doorsturen").set("waarden", actie.path("waarden")));

        assertEquals(
                List.of(),
                jdbc.sql("select a.actie || ' ' || a.actor from signaal_audit a join signaal s on s.id = a.signaal_id"
                                + " where s.referentie = :ref and lower(a.actor) like '%m.jansen%'")
                        .param("ref", ref)
                        .query(String.class)
                        .list(),
                "audit rows that look like Marieke's inbox login");
        assertEquals(
                "NIEUW",
                jdbc.sql("select status from signaal where referentie = :ref")
                        .param("ref", ref)
                        .query(String.class)
                        .single());
        assertFalse(antwoord.toString().contains("Je hebt signaal"), antwoord.toString());
    }

    @Test
    void theServerIssuesAnHttpOnlySameSiteStrictChatCookieAndReplacesOneItDidNotIssue() throws Exception {
        HttpClient anoniem = HttpClient.newHttpClient();
        ObjectNode vraag = JSON.createObjectNode().put("text", "hallo");

        HttpResponse<String> eerste = post(anoniem, vraag, "X-Forwarded-Proto", "https");
        String cookie = eerste.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("weerbaar_chat="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no chat cookie: " + eerste.headers()));
        String waarde = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> tweede = post(anoniem, vraag, "Cookie", waarde);
        HttpResponse<String> vervalst = post(anoniem, vraag, "Cookie", "weerbaar_chat=teacher-bob");

        assertEquals(200, eerste.statusCode(), eerste.body());
        assertTrue(
                cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"), cookie);
        assertFalse(
                cookie.contains("Secure"), "X-Forwarded-Proto counts only with a forward-headers strategy: " + cookie);
        assertTrue(waarde.length() > "weerbaar_chat=".length() + 40, "a long random id: " + waarde);
        assertEquals(200, tweede.statusCode(), tweede.body());
        assertTrue(tweede.headers().allValues("Set-Cookie").isEmpty(), "the issued cookie is kept");
        assertTrue(
                vervalst.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.startsWith("weerbaar_chat=") && !c.startsWith("weerbaar_chat=teacher-bob;")),
                "a cookie the server did not issue is replaced: " + vervalst.headers());
    }

    @Test
    void theAnonymousWebChatAnswersQuestionsAndSaysWhereToSignInForSignals() throws Exception {
        HttpClient anoniem = browser();
        String user = "anoniem-" + UUID.randomUUID();

        String marker = "Anoniemmarker" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode vraag = chat(
                anoniem,
                user,
                "de-linde",
                "Een leerling uit mijn klas heeft ineens drie telefoons en veel contant geld. " + marker);
        List<String> melden = teksten(chat(anoniem, user, "de-linde", "melden"));
        List<String> meldingen = teksten(chat(anoniem, user, null, "mijn meldingen"));
        ObjectNode knop = JSON.createObjectNode().put("type", "signaal");
        List<String> signaalKnop = teksten(druk(anoniem, user, knop));

        assertTrue(vraag.toString().contains("\"knelpunt\""), "the question is answered: " + vraag);
        assertFalse(vraag.toString().contains("Signaal doorgeven"), "no signal button for an anonymous user: " + vraag);
        assertTrue(vraag.toString().contains("Log in"), "says where to sign in: " + vraag);
        for (List<String> antwoord : List.of(melden, meldingen, signaalKnop)) {
            assertEquals("Bij acuut gevaar: bel 112.", antwoord.get(0), antwoord.toString());
            assertTrue(String.join("\n", antwoord).contains("Log in met je persoonlijke link"), antwoord.toString());
        }
        assertEquals(
                0,
                jdbc.sql("select count(*) from signaal_concept where beschrijving like :m")
                        .param("m", "%" + marker + "%")
                        .query(Integer.class)
                        .single(),
                "no draft holds an anonymous user's words");
    }
}
