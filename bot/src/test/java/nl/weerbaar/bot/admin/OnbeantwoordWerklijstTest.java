package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.weerbaar.bot.BeheerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Working through the unanswered questions on the admin API: near-duplicates as one group with a
 * count, names instead of ids (also for the insight's locatie filter), "Negeer" one or all like it
 * (stored, audited with who did it).
 */
class OnbeantwoordWerklijstTest extends BeheerTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    EigenVragen vragen;

    /** In every text of this test, so its groups and cards are its own in the shared database. */
    String kenmerk;

    long vraag(String tekst, String kanaal, String locatie, int seconden) {
        return vragen.vraag(tekst, kanaal, locatie, seconden);
    }

    @BeforeEach
    void eigenVragen() {
        vragen = new EigenVragen(jdbc, "werklijst", Duration.ofDays(1));
        kenmerk = vragen.kenmerk;
    }

    @AfterEach
    void ruimOp() {
        vragen.ruimOp();
    }

    /** This test's groups on the first page: text (without the marker) → group. */
    Map<String, JsonNode> groepen() throws Exception {
        HttpResponse<String> r = admin("/admin/onbeantwoord?limit=200");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body())
                .path("vragen")
                .valueStream()
                .filter(v -> v.path("tekst").asString().startsWith(kenmerk))
                .collect(java.util.stream.Collectors.toMap(
                        v -> v.path("tekst").asString().substring(kenmerk.length() + 1),
                        v -> v,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    HttpResponse<String> post(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("X-Weerbaar-Beheerder", "femke")
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void nearDuplicatesAreOneGroupWithTheirCountNewestFirstWithTheChannelAndLocatieByName() throws Exception {
        long ja1 = vraag("ja", "WEB", "de-linde", 1);
        long goed1 = vraag("Goedemorgen", "SLACK", null, 2);
        long ja2 = vraag("Ja!", "TEAMS", "het-baken", 3);
        long goed2 = vraag("goedemorgn", "WEB", "de-linde", 4);
        long ander = vraag("wie regelt de kerstborrel", "WEB", "onbekende-school", 5);

        Map<String, JsonNode> groepen = groepen();

        assertEquals(List.of("wie regelt de kerstborrel", "goedemorgn", "Ja!"), List.copyOf(groepen.keySet()));
        JsonNode ja = groepen.get("Ja!");
        assertEquals(ja2, ja.path("id").asLong(), "a group is shown as its newest question");
        assertEquals(2, ja.path("aantal").asInt());
        assertEquals(
                List.of(ja2, ja1),
                ja.path("ids").valueStream().map(JsonNode::asLong).toList());
        assertEquals("Teams", ja.path("kanaalNaam").asString());
        assertEquals("TEAMS", ja.path("kanaal").asString());
        assertEquals("Locatie Het Baken", ja.path("locatieNaam").asString());
        assertEquals("het-baken", ja.path("locatie").asString());
        JsonNode goed = groepen.get("goedemorgn");
        assertEquals(
                List.of(goed2, goed1),
                goed.path("ids").valueStream().map(JsonNode::asLong).toList());
        assertEquals("Webchat", goed.path("kanaalNaam").asString());
        assertEquals("Locatie De Linde", goed.path("locatieNaam").asString());
        JsonNode kerst = groepen.get("wie regelt de kerstborrel");
        assertEquals(ander, kerst.path("id").asLong());
        assertEquals(1, kerst.path("aantal").asInt());
        assertEquals("onbekende-school", kerst.path("locatieNaam").asString(), "a locatie no longer in the directory");

        JsonNode pagina = JSON.readTree(admin("/admin/onbeantwoord?limit=2").body());
        assertEquals(2, pagina.path("vragen").size(), "paged by group");
        assertTrue(pagina.path("aantalVragen").asLong() >= pagina.path("totaal").asLong() + 2, pagina.toString());
        assertTrue(
                pagina.path("knelpunten")
                        .valueStream()
                        .anyMatch(
                                k -> k.path("id").asString().equals("bereidheid-bespreekbaar")
                                        && k.path("naam")
                                                .asString()
                                                .equals(
                                                        "Bereidheid: Collega's vinden het lastig om het onderwerp bespreekbaar te maken")),
                pagina.path("knelpunten").toString());
    }

    @Test
    void theInsightsLocatieFilterGetsTheLocatiesNames() throws Exception {
        JsonNode namen = JSON.readTree(admin("/admin/inzicht?weken=4").body()).path("locatieNamen");

        assertEquals("Locatie De Linde", namen.path("de-linde").asString());
        assertEquals("Locatie Het Baken", namen.path("het-baken").asString());
    }

    @Test
    void negeerSetsOnlyThatQuestionAsideStoredAndAuditedWithWhoDidIt() throws Exception {
        long eerste = vraag("Goedemorgen", "WEB", "de-linde", 1);
        long tweede = vraag("goedemorgen!", "WEB", "de-linde", 2);
        long negerenVoor = jdbc.sql("select count(*) from onbeantwoord_negeren")
                .query(Long.class)
                .single();

        HttpResponse<String> r = post("/admin/onbeantwoord/" + tweede + "/negeer");

        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(1, body.path("genegeerd").asInt());
        assertEquals(
                "De vraag staat niet meer in de lijst.", body.path("melding").asString());
        JsonNode over = groepen().get("Goedemorgen");
        assertEquals(
                List.of(eerste),
                over.path("ids").valueStream().map(JsonNode::asLong).toList());
        assertEquals(
                "admin-api:femke false",
                jdbc.sql(
                                "select genegeerd_door || ' ' || genegeerd_vergelijkbaar from onbeantwoorde_vraag where id = :id")
                        .param("id", tweede)
                        .query(String.class)
                        .single()
                        .toLowerCase());
        assertEquals(
                List.of("admin-api:femke 1 false"),
                jdbc
                        .sql("select actor || ' ' || aantal || ' ' || vergelijkbaar from onbeantwoord_negeren"
                                + " where op is not null order by id offset :n")
                        .param("n", negerenVoor)
                        .query(String.class)
                        .list()
                        .stream()
                        .map(String::toLowerCase)
                        .toList());
        assertEquals(404, post("/admin/onbeantwoord/" + tweede + "/negeer").statusCode(), "already set aside");
    }

    @Test
    void negeerAlleSetsTheWholeGroupAsideAndKeepsTheSameQuestionAskedLaterOut() throws Exception {
        vraag("ja", "WEB", "de-linde", 1);
        long tweede = vraag("Ja.", "TEAMS", null, 2);
        vraag("wie regelt de kerstborrel", "WEB", "de-linde", 3);

        HttpResponse<String> r = post("/admin/onbeantwoord/" + tweede + "/negeer?vergelijkbaar=true");

        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(2, body.path("genegeerd").asInt());
        assertEquals(
                "2 vergelijkbare vragen staan niet meer in de lijst. Vergelijkbare vragen die nog komen, blijven 30"
                        + " dagen uit de lijst.",
                body.path("melding").asString());
        assertEquals(List.of("wie regelt de kerstborrel"), List.copyOf(groepen().keySet()));

        vraag("JA!!", "SLACK", null, 10);
        assertFalse(groepen().containsKey("JA!!"), "asked again after 'Negeer alle': stays out");
        assertEquals(
                2,
                jdbc.sql(
                                "select count(*) from onbeantwoorde_vraag where tekst like :t and genegeerd_door = 'admin-api:femke'")
                        .param("t", kenmerk + "%")
                        .query(Long.class)
                        .single());
    }

    @Test
    void negeerOfAQuestionThatIsNotThereIsNotFound() throws Exception {
        HttpResponse<String> r = post("/admin/onbeantwoord/987654321/negeer");

        assertEquals(404, r.statusCode(), r.body());
        assertEquals(
                "Vraag 987654321 bestaat niet (meer).",
                JSON.readTree(r.body()).path("error").asString());
    }
}
