package nl.weerbaar.bot.admin;

import static nl.weerbaar.bot.admin.AdminFixtures.INTERVENTIE_A;
import static nl.weerbaar.bot.admin.AdminFixtures.INTERVENTIE_B;
import static nl.weerbaar.bot.admin.AdminFixtures.JSON;
import static nl.weerbaar.bot.admin.AdminFixtures.TOKEN;
import static nl.weerbaar.bot.admin.AdminFixtures.VRAAG;
import static nl.weerbaar.bot.admin.AdminFixtures.eersteInterventie;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.Kanaal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The admin API on one instance with a catalogue folder: reindex, upload, restore, status,
 * insight, the unanswered-question action, the CSV export, metrics and the chat command.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminApiTest {
    static final Path FOLDER;

    static {
        try {
            FOLDER = Files.createTempDirectory("weerbaar-admin-api");
            AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusA());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:admin-api;DB_CLOSE_DELAY=-1");
        registry.add("weerbaar.admin.token", () -> TOKEN);
        registry.add("weerbaar.catalog.path", FOLDER::toString);
    }

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalogs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Gesprek gesprek;

    AdminFixtures.Instantie app;
    final String user = "admin-test-" + UUID.randomUUID();

    @BeforeEach
    void catalogueAInTheFolderAndServed() throws Exception {
        app = new AdminFixtures.Instantie(port);
        AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusA());
        HttpResponse<String> r = app.post("/admin/reindex");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(INTERVENTIE_A, eersteInterventie(app.chat(user, VRAAG)));
    }

    @Test
    void adminApiRefusesRequestsWithoutOrWithAWrongToken() throws Exception {
        for (String path : List.of("/admin/status", "/admin/catalog/versions", "/admin/inzicht.csv")) {
            assertEquals(401, app.admin("GET", path, null, null, null).statusCode(), path);
            assertEquals(401, app.admin("GET", path, "wrong", null, null).statusCode(), path);
        }
        HttpResponse<String> r = app.admin("POST", "/admin/reindex", TOKEN + "x", null, null);
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(
                401,
                app.admin("POST", "/admin/catalog", null, new byte[] {1}, "application/zip")
                        .statusCode());
    }

    @Test
    void brokenCatalogueIsRefusedWithItsProblemsListedAndTheOldOneKeepsAnswering() throws Exception {
        String before = catalogs.current().orElseThrow().versie();
        long versionsBefore = versionCount();
        AdminFixtures.schrijf(FOLDER, AdminFixtures.kapot());

        HttpResponse<String> r = app.post("/admin/reindex");

        assertEquals(422, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(before, body.path("actueleVersie").asString());
        JsonNode problem = body.path("problemen").get(0);
        assertEquals("voorbeelden.yaml", problem.path("file").asString());
        assertTrue(problem.path("path").asString().contains("bereidheid-bespreekbaarr"), problem.toString());
        assertTrue(problem.path("line").asInt() > 0, problem.toString());
        assertFalse(problem.path("message").asString().isBlank());
        JsonNode antwoord = app.chat(user, VRAAG);
        assertEquals(before, antwoord.path("catalogusVersie").asString());
        assertEquals(INTERVENTIE_A, eersteInterventie(antwoord));
        assertEquals(versionsBefore, versionCount());
    }

    @Test
    void catalogueWhoseIndexCannotBeBuiltIsRefusedAndTheOldOneKeepsAnswering() throws Exception {
        String before = catalogs.current().orElseThrow().versie();
        long versionsBefore = versionCount();
        Map<String, String> files = AdminFixtures.catalogusA();
        files.put("synoniemen.txt", files.getOrDefault("synoniemen.txt", "") + "\n???, vraagteken\n");
        AdminFixtures.schrijf(FOLDER, files);

        HttpResponse<String> r = app.post("/admin/reindex");

        assertEquals(422, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(before, body.path("actueleVersie").asString());
        JsonNode problem = body.path("problemen").get(0);
        assertEquals("synoniemen.txt", problem.path("file").asString(), problem.toString());
        assertTrue(problem.path("message").asString().contains("???"), problem.toString());
        JsonNode antwoord = app.chat(user, VRAAG);
        assertEquals(before, antwoord.path("catalogusVersie").asString());
        assertEquals(INTERVENTIE_A, eersteInterventie(antwoord));
        assertEquals(versionsBefore, versionCount());
    }

    @Test
    void goodCatalogueIsLiveAfterReindexWithVersionChecksumCountsAndTime() throws Exception {
        AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusB());

        HttpResponse<String> r = app.post("/admin/reindex");

        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertFalse(body.path("ongewijzigd").asBoolean());
        String checksum = body.path("checksum").asString();
        assertEquals(64, checksum.length());
        assertEquals(checksum.substring(0, 12), body.path("versie").asString());
        assertEquals(7, body.path("aantallen").path("knelpunten").asInt());
        assertEquals(21, body.path("aantallen").path("interventies").asInt());
        assertTrue(body.path("duurMs").asLong() >= body.path("indexBouwMs").asLong());
        JsonNode antwoord = app.chat(user, VRAAG);
        assertEquals(
                body.path("versie").asString(), antwoord.path("catalogusVersie").asString());
        assertEquals(INTERVENTIE_B, eersteInterventie(antwoord));
        Map<String, Object> row = jdbc.sql(
                        "select v.checksum, v.bron, c.version_id from catalog_version v join catalog_current c on c.version_id = v.id")
                .query()
                .singleRow();
        assertEquals(checksum, value(row, "checksum"));
        assertEquals("MAP", value(row, "bron"));
        assertEquals(body.path("versieId").asLong(), ((Number) value(row, "version_id")).longValue());
        HttpResponse<String> again = app.post("/admin/reindex");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(JSON.readTree(again.body()).path("ongewijzigd").asBoolean());
    }

    @Test
    void uploadedZipIsStoredAsANewVersionServedAndAnEarlierVersionCanBeRestored() throws Exception {
        long before = JSON.readTree(app.get("/admin/status").body())
                .path("catalogus")
                .path("versieId")
                .asLong();

        HttpResponse<String> r = app.upload(AdminFixtures.zip(AdminFixtures.catalogusB(), "mijn-catalogus/"));

        assertEquals(201, r.statusCode(), r.body());
        JsonNode versie = JSON.readTree(r.body()).path("versie");
        assertEquals(INTERVENTIE_B, eersteInterventie(app.chat(user, VRAAG)));
        Map<String, Object> row = jdbc.sql("select bron, door from catalog_version where id = :id")
                .param("id", versie.path("versieId").asLong())
                .query()
                .singleRow();
        assertEquals("UPLOAD", value(row, "bron"));
        assertEquals(
                CatalogLoader.ALL_FILES.size(),
                ((Number) jdbc.sql("select count(*) from catalog_version_file where version_id = :id")
                                .param("id", versie.path("versieId").asLong())
                                .query()
                                .singleValue())
                        .intValue());
        JsonNode versions = JSON.readTree(app.get("/admin/catalog/versions").body());
        assertEquals(
                versie.path("versieId").asLong(), versions.get(0).path("id").asLong());
        assertTrue(versions.get(0).path("actueel").asBoolean());

        HttpResponse<String> restore = app.post("/admin/catalog/versions/" + before + "/restore");

        assertEquals(200, restore.statusCode(), restore.body());
        assertEquals(INTERVENTIE_A, eersteInterventie(app.chat(user, VRAAG)));
        assertEquals(
                before,
                jdbc.sql("select version_id from catalog_current")
                        .query(Long.class)
                        .single());
        assertEquals(404, app.post("/admin/catalog/versions/999999/restore").statusCode());
    }

    @Test
    void uploadOfABrokenCatalogueIsRefusedWithItsProblemsAndNothingIsStored() throws Exception {
        long versionsBefore = versionCount();

        HttpResponse<String> r = app.upload(AdminFixtures.zip(AdminFixtures.kapot(), ""));

        assertEquals(422, r.statusCode(), r.body());
        assertEquals(
                "voorbeelden.yaml",
                JSON.readTree(r.body()).path("problemen").get(0).path("file").asString());
        assertEquals(versionsBefore, versionCount());
        assertEquals(INTERVENTIE_A, eersteInterventie(app.chat(user, VRAAG)));
    }

    @Test
    void zipThatClimbsOutOfItsFolderOrIsNoZipIsRefused() throws Exception {
        HttpResponse<String> slip = app.upload(AdminFixtures.zip(Map.of("catalogus.yaml", "x"), "../"));
        assertEquals(400, slip.statusCode(), slip.body());
        HttpResponse<String> geenZip = app.upload("dit is geen zip".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, geenZip.statusCode(), geenZip.body());
        assertTrue(JSON.readTree(geenZip.body()).path("error").asString().contains("zip"));
    }

    @Test
    void statusShowsVersionCountsIndexBuildTimeChannelsAndTheSignalBacklog() throws Exception {
        HttpResponse<String> r = app.get("/admin/status");

        assertEquals(200, r.statusCode(), r.body());
        JsonNode status = JSON.readTree(r.body());
        assertEquals(
                catalogs.current().orElseThrow().versie(),
                status.path("catalogus").path("versie").asString());
        assertEquals(
                7, status.path("catalogus").path("aantallen").path("knelpunten").asInt());
        assertTrue(status.path("catalogus").path("indexBouwMs").isNumber());
        assertTrue(status.path("kanalen").path("web").path("geconfigureerd").asBoolean());
        assertFalse(status.path("kanalen").path("teams").path("geconfigureerd").asBoolean());
        assertEquals(0, status.path("signalen").path("outboxAchterstand").asInt(-1));
        assertEquals(0, status.path("signalen").path("openEscalaties").asInt(-1));
    }

    @Test
    void unansweredQuestionAddedAsExamplePhrasingIsRecognisedAfterReindex() throws Exception {
        String vraag = "Wie betaalt de cursus voor de BHV "
                + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        JsonNode eerst = app.chat(user, vraag);
        assertNull(AdminFixtures.knelpunt(eerst), eerst.toString());
        assertTrue(AdminFixtures.types(eerst).contains("overzicht"), eerst.toString());
        JsonNode vraagRij = JSON.readTree(app.get("/admin/onbeantwoord").body())
                .path("vragen")
                .valueStream()
                .filter(v -> v.path("tekst").asString().equals(vraag))
                .findFirst()
                .orElseThrow();

        HttpResponse<String> r = app.admin(
                "POST",
                "/admin/onbeantwoord/" + vraagRij.path("id").asLong() + "/voorbeeld",
                TOKEN,
                "{\"knelpunt\": \"bekwaamheid-handelen\"}".getBytes(StandardCharsets.UTF_8),
                "application/json");

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "De zin staat nu bij ‘Bekwaamheid: De school weet niet goed hoe te handelen bij signalen’;"
                        + " Weerbaar herkent hem vanaf nu.",
                JSON.readTree(r.body()).path("melding").asString());
        assertEquals("bekwaamheid-handelen", AdminFixtures.knelpunt(app.chat(user, vraag)));
        assertTrue(Files.readString(FOLDER.resolve("voorbeelden.yaml")).contains("\"" + vraag + "\""));
        assertTrue(JSON.readTree(app.get("/admin/onbeantwoord").body())
                .path("vragen")
                .valueStream()
                .noneMatch(v -> v.path("tekst").asString().equals(vraag)));
        assertTrue(catalogs.current()
                .orElseThrow()
                .herkenning()
                .voorbeeldenVan("bekwaamheid-handelen")
                .contains(vraag));
    }

    @Test
    void examplePhrasingForAnUnknownKnelpuntIsRefused() throws Exception {
        app.chat(user, "Wie regelt de kerstborrel dit jaar");
        long id = JSON.readTree(app.get("/admin/onbeantwoord").body())
                .path("vragen")
                .get(0)
                .path("id")
                .asLong();

        HttpResponse<String> r = app.admin(
                "POST",
                "/admin/onbeantwoord/" + id + "/voorbeeld",
                TOKEN,
                "{\"knelpunt\": \"bestaat-niet\"}".getBytes(StandardCharsets.UTF_8),
                "application/json");

        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void csvExportHoldsTheCountsPerWeekLocatieAndKnelpuntAndNoTexts() throws Exception {
        String onbekend = "De koffieautomaat in de personeelskamer lekt alweer " + UUID.randomUUID();
        app.chat(user, VRAAG);
        app.chat(user, VRAAG);
        app.chat(user, onbekend);
        String week = Inzicht.week(java.time.Instant.now());

        HttpResponse<String> r = app.get("/admin/inzicht.csv?weken=1");

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertEquals("week,locatie,knelpunt,herkend,bedoel_je,dit_helpt,niet_wat_ik_zoek", lines.get(0));
        String bespreekbaar = lines.stream()
                .filter(l -> l.startsWith(week + ",de-linde,bereidheid-bespreekbaar,"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.body()));
        assertTrue(Long.parseLong(bespreekbaar.split(",")[3]) >= 2, bespreekbaar);
        String weetNiet = lines.stream()
                .filter(l -> l.startsWith(week + ",de-linde,(weet niet),"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(r.body()));
        assertTrue(Long.parseLong(weetNiet.split(",")[3]) >= 1, weetNiet);
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(7, line.split(",", -1).length, line);
            for (String cell : line.split(",")[3].split(" ")) {
                Long.parseLong(cell);
            }
        }
        assertFalse(r.body().contains("koffieautomaat"));
        assertFalse(r.body().contains("durven"));
        assertFalse(r.body().contains(user));
    }

    @Test
    void insightCountsRecognitionsDontKnowAndFeedbackPerWeekAndLocatie() throws Exception {
        JsonNode antwoord = app.chat(user, VRAAG);
        JsonNode ditHelpt = antwoord.path("onderdelen")
                .valueStream()
                .filter(d -> "knoppen".equals(d.path("type").asString()))
                .flatMap(d -> d.path("knoppen").valueStream())
                .filter(k -> "Dit helpt".equals(k.path("label").asString()))
                .findFirst()
                .orElseThrow();
        String body =
                JSON.writeValueAsString(Map.of("user", user, "location", "de-linde", "action", ditHelpt.path("actie")));
        assertEquals(
                200,
                app.admin("POST", "/api/chat", null, body.getBytes(StandardCharsets.UTF_8), "application/json")
                        .statusCode());

        JsonNode inzicht = JSON.readTree(app.get("/admin/inzicht?weken=2").body());

        JsonNode rij = inzicht.path("tellingen")
                .valueStream()
                .filter(t -> "de-linde".equals(t.path("locatie").asString())
                        && "bereidheid-bespreekbaar".equals(t.path("knelpunt").asString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(inzicht.toString()));
        assertTrue(rij.path("herkend").asLong() >= 1);
        assertTrue(rij.path("ditHelpt").asLong() >= 1);
        assertEquals(7, inzicht.path("knelpunten").size());
        assertTrue(inzicht.path("signalen").isEmpty());
        assertEquals(
                List.of("besluit", "id", "kanaal", "knelpunt_id", "locatie_id", "week"),
                jdbc.sql("select * from herkenning_uitkomst").query().listOfRows().get(0).keySet().stream()
                        .map(k -> k.toLowerCase(java.util.Locale.ROOT))
                        .sorted()
                        .toList());
    }

    @Test
    void prometheusExposesTheConversationMetricsWithoutText() throws Exception {
        app.chat(user, VRAAG);

        HttpResponse<String> r = app.admin("GET", "/actuator/prometheus", TOKEN, null, null);

        assertEquals(200, r.statusCode(), r.body());
        String metrics = r.body();
        assertTrue(metrics.contains("weerbaar_berichten_total{kanaal=\"web\""), metrics);
        assertTrue(metrics.contains("weerbaar_berichten_total{kanaal=\"teams\""), metrics);
        assertTrue(metrics.contains("weerbaar_herkenningen_total{besluit=\"DONT_KNOW\""), metrics);
        assertTrue(metrics.contains("weerbaar_herkenning_duur_seconds_bucket"), metrics);
        assertFalse(metrics.contains("durven"));
        assertFalse(metrics.contains(user));
    }

    @Test
    void herindexeerInTheChatWorksForAdminsAndGetsAPoliteNoFromAnyoneElse() throws Exception {
        AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusB());
        Afzender admin = new Afzender(Kanaal.SLACK, "U0ADMIN01", "Femke", null, "T1", null);

        Antwoord nee = gesprek.beantwoord(Bericht.tekst(Afzender.web(user), null, "herindexeer"));
        assertTrue(tekst(nee).contains("voorbehouden aan de beheerders"), tekst(nee));
        assertEquals(INTERVENTIE_A, eersteInterventie(app.chat(user, VRAAG)));

        Antwoord ja = gesprek.beantwoord(Bericht.tekst(admin, null, "Herindexeer"));

        assertTrue(tekst(ja).contains("is nu actief"), tekst(ja));
        assertEquals(INTERVENTIE_B, eersteInterventie(app.chat(user, VRAAG)));
        AdminFixtures.schrijf(FOLDER, AdminFixtures.kapot());
        Antwoord kapot = gesprek.beantwoord(Bericht.tekst(admin, null, "herindexeer"));
        assertTrue(tekst(kapot).contains("voorbeelden.yaml"), tekst(kapot));
        assertTrue(tekst(kapot).contains("blijft actief"), tekst(kapot));
        assertEquals(INTERVENTIE_B, eersteInterventie(app.chat(user, VRAAG)));
    }

    @Test
    void adminPageIsServedSelfContained() throws Exception {
        HttpResponse<String> r = app.admin("GET", "/admin", null, null, null);

        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Beheerderstoken"));
        assertTrue(r.body().contains("sessionStorage"));
        assertFalse(r.body().matches("(?s).*(src|href)=\"https?:.*"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""));
        // the script's texts are on the page, from AdminTeksten
        assertTrue(r.body().contains("data-token-klopt-niet=\"Het token klopt niet.\""));
    }

    private static String tekst(Antwoord antwoord) {
        return antwoord.onderdelen().stream()
                .filter(Antwoord.Tekst.class::isInstance)
                .map(d -> ((Antwoord.Tekst) d).tekst())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    private long versionCount() {
        return jdbc.sql("select count(*) from catalog_version")
                .query(Long.class)
                .single();
    }

    private static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(column))
                .findFirst()
                .orElseThrow()
                .getValue();
    }
}
