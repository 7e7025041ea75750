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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signals in the web chat, over HTTP: the flow through {@code POST /api/chat} (typed "melden" and
 * the prefilled button) by a reporter signed in with their inbox session (Joost Bakker, backup of
 * Het Baken, reporting at De Linde), the aanspreekpunt's inbox behind a personal link, pick-up, and
 * the reporter told on their next message and under "mijn meldingen".
 */
class SignalenWebTest extends BotTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SECRET = "test-signalen-geheim";
    static final Pattern REFERENTIE = Pattern.compile("Referentie (S-[A-Z0-9]{6})\\.");

    final HttpClient http = HttpClient.newHttpClient();
    /** The reporter's browser: keeps the session cookie of their sign-in. */
    final HttpClient melder =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    final String user = "web-" + UUID.randomUUID();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    JsonNode chat(String location, String text) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("user", user);
        if (location != null) {
            body.put("location", location);
        }
        body.put("text", text);
        return send(body);
    }

    JsonNode druk(JsonNode antwoord, String label) throws Exception {
        JsonNode knop = knop(antwoord, label);
        ObjectNode body = JSON.createObjectNode().put("user", user);
        body.set("action", knop.path("actie"));
        return send(body);
    }

    @BeforeEach
    void reporterSignsIn() throws Exception {
        String token = InboxToken.maak(
                SECRET, "j.bakker@voorbeeldcollege.example", Instant.now().plus(Duration.ofDays(1)));
        HttpResponse<String> r = melder.send(
                InboxAanmelding.post(port, token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode(), r.body());
    }

    JsonNode send(ObjectNode body) throws Exception {
        HttpResponse<String> r = melder.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    HttpResponse<String> inbox(String method, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        b.method(method, HttpRequest.BodyPublishers.noBody());
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Signs in to the inbox with a personal link; returns the session cookie. */
    String login(String email) throws Exception {
        String token = InboxToken.maak(SECRET, email, Instant.now().plus(Duration.ofDays(1)));
        HttpResponse<String> r = http.send(
                InboxAanmelding.post(port, token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(303, r.statusCode(), r.body());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        return cookie.substring(0, cookie.indexOf(';'));
    }

    String meld(String beschrijving) throws Exception {
        JsonNode start = chat("de-linde", "melden");
        assertEquals("Bij acuut gevaar: bel 112.", teksten(start).get(0), "the 112 advice comes first");
        JsonNode urgentie = chat(null, beschrijving);
        JsonNode leerling = druk(urgentie, "Nee");
        JsonNode samenvatting = chat(null, "J.B., 2B");
        assertTrue(
                teksten(samenvatting).contains("Leerling: J.B., 2B"),
                teksten(samenvatting).toString());
        assertTrue(
                teksten(samenvatting).stream()
                        .anyMatch(t -> t.startsWith("Dit signaal gaat naar Sanne de Vries (aanspreekpunt) en Ahmed El"
                                + " Amrani (backup)")),
                teksten(samenvatting).toString());
        JsonNode verstuurd = druk(samenvatting, "Versturen");
        String zin = teksten(verstuurd).get(1);
        Matcher m = REFERENTIE.matcher(zin);
        assertTrue(zin.startsWith("Doorgegeven aan Sanne de Vries.") && m.find(), zin);
        return m.group(1);
    }

    @Test
    void teacherPassesOnASignalInTheWebChatTheAanspreekpuntPicksItUpInTheInboxAndTheTeacherIsTold() throws Exception {
        String marker = "Webmarker-" + UUID.randomUUID();
        String ref = meld("Leerling wordt na school opgewacht door oudere jongens. " + marker);

        String sanne = login("s.devries@voorbeeldcollege.example");
        HttpResponse<String> lijst = inbox("GET", "/inbox", sanne);
        assertEquals(200, lijst.statusCode());
        assertTrue(lijst.body().contains(marker), "the aanspreekpunt sees the description");
        assertTrue(lijst.body().contains(ref));
        assertTrue(lijst.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

        HttpResponse<String> opgepakt = inbox("POST", "/inbox/signaal/" + ref + "/opgepakt", sanne);
        assertTrue(opgepakt.body().contains("Je hebt signaal " + ref + " opgepakt."), opgepakt.body());

        List<String> volgende = teksten(chat(null, "mijn meldingen"));
        assertTrue(
                volgende.get(0).startsWith("Je signaal " + ref + " is opgepakt door Sanne de Vries ("),
                volgende.toString());
        assertTrue(
                volgende.stream().anyMatch(t -> t.startsWith(ref) && t.contains("opgepakt door Sanne de Vries")),
                volgende.toString());
        assertFalse(String.join("\n", volgende).contains(marker), "the teacher's list shows the status, not the text");
        assertFalse(teksten(chat(null, "mijn meldingen")).get(0).startsWith("Je signaal"), "a notice is shown once");

        List<String> audit = jdbc.sql("select a.actie from signaal_audit a join signaal s on s.id = a.signaal_id"
                        + " where s.referentie = :ref order by a.id")
                .param("ref", ref)
                .query(String.class)
                .list();
        assertEquals(List.of("GEMAAKT", "GELEZEN", "OPGEPAKT"), audit.subList(0, 3));
        assertEquals(
                0,
                jdbc.sql("select count(*) from signaal_audit where detail like :m or actor like :m")
                        .param("m", "%" + marker + "%")
                        .query(Integer.class)
                        .single(),
                "no text in the audit");
    }

    @Test
    void inboxPagesAreHtmlNeverCachedNorFramedAndShowAScriptInTheTextAsText() throws Exception {
        String marker = "Scriptmarker-" + UUID.randomUUID();
        String ref = meld("<script>alert(1)</script> " + marker);

        HttpResponse<String> lijst = inbox("GET", "/inbox", login("s.devries@voorbeeldcollege.example"));
        HttpResponse<String> uitgelogd = inbox("GET", "/inbox", null);

        assertEquals(200, lijst.statusCode());
        assertTrue(lijst.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; " + marker), lijst.body());
        assertFalse(lijst.body().replace(InboxTemplatesTest.EIGEN_SCRIPT, "").contains("<script"), lijst.body());
        assertTrue(lijst.body().contains("action=\"/inbox/signaal/" + ref + "/opgepakt\""), lijst.body());
        assertEquals(401, uitgelogd.statusCode());
        assertTrue(uitgelogd.body().contains("Log in met je persoonlijke link."), uitgelogd.body());
        for (HttpResponse<String> r : List.of(lijst, uitgelogd)) {
            assertEquals(
                    "text/html;charset=UTF-8",
                    r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
            assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""));
            assertEquals(
                    "no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
        }
    }

    @Test
    void anotherLocatiesAanspreekpuntNeitherSeesNorPicksUpTheSignal() throws Exception {
        String marker = "Andermarker-" + UUID.randomUUID();
        String ref = meld("Leerling vertelt over een boete via Snapchat. " + marker);

        String marieke = login("m.jansen@voorbeeldcollege.example");
        assertFalse(inbox("GET", "/inbox", marieke).body().contains(marker));
        HttpResponse<String> poging = inbox("POST", "/inbox/signaal/" + ref + "/opgepakt", marieke);

        assertTrue(poging.body().contains("niet aan jou toegewezen"), poging.body());
        assertEquals(
                "NIEUW",
                jdbc.sql("select status from signaal where referentie = :ref")
                        .param("ref", ref)
                        .query(String.class)
                        .single());
        assertEquals(
                1,
                jdbc.sql("select count(*) from signaal_audit a join signaal s on s.id = a.signaal_id"
                                + " where s.referentie = :ref and a.actie = 'GEWEIGERD'")
                        .param("ref", ref)
                        .query(Integer.class)
                        .single());
    }

    @Test
    void inboxIsClosedWithoutAValidPersonalLink() throws Exception {
        assertEquals(401, inbox("GET", "/inbox", null).statusCode());
        assertEquals(
                401, inbox("GET", "/inbox", "weerbaar_inbox=vervalst.token").statusCode());
        assertEquals(
                403, inbox("GET", "/inbox/login?token=vervalst.token", null).statusCode());
        String teacher = InboxToken.maak(
                SECRET, "l.visser@voorbeeldcollege.example", Instant.now().plusSeconds(600));
        assertEquals(403, inbox("GET", "/inbox/login?token=" + teacher, null).statusCode(), "a teacher has no inbox");
        String verlopen = InboxToken.maak(
                SECRET, "s.devries@voorbeeldcollege.example", Instant.now().minusSeconds(1));
        assertEquals(403, inbox("GET", "/inbox/login?token=" + verlopen, null).statusCode());
        String anderGeheim = InboxToken.maak(
                "ander-geheim",
                "s.devries@voorbeeldcollege.example",
                Instant.now().plusSeconds(600));
        assertEquals(
                403, inbox("GET", "/inbox/login?token=" + anderGeheim, null).statusCode());
    }

    @Test
    void teacherCanCancelAndEditTheDescriptionBeforeSending() throws Exception {
        JsonNode start = chat("de-linde", "signaal melden");
        JsonNode geannuleerd = druk(start, "Annuleren");
        assertTrue(teksten(geannuleerd).contains("Het signaal is niet verstuurd en het concept is verwijderd."));

        chat("de-linde", "melden");
        JsonNode urgentie = chat(null, "Eerste versie");
        JsonNode leerling = druk(urgentie, "Ja, dringend");
        JsonNode samenvatting = druk(leerling, "Overslaan");
        JsonNode aanpassen = druk(samenvatting, "Beschrijving aanpassen");
        assertTrue(teksten(aanpassen).stream().anyMatch(t -> t.contains("Nu staat er: \"Eerste versie\"")));
        JsonNode opnieuw = chat(null, "Tweede versie");

        assertTrue(
                teksten(opnieuw).contains("Beschrijving: Tweede versie"),
                teksten(opnieuw).toString());
        assertTrue(
                teksten(opnieuw).contains("Urgentie: dringend"),
                teksten(opnieuw).toString());
        assertFalse(teksten(opnieuw).contains("Bij acuut gevaar: bel 112."), "112 at the start and the end only");
        JsonNode weg = druk(opnieuw, "Annuleren");
        assertEquals("Bij acuut gevaar: bel 112.", teksten(weg).get(0));
    }
}
