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

    @Autowired
    CatalogVersions versies;

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
    void unansweredQuestionAddedAsExamplePhrasingIsPreviewedThenRecognisedAndTheFolderIsLeftAlone() throws Exception {
        String vraag = "Wie betaalt de cursus voor de BHV "
                + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        JsonNode eerst = app.chat(user, vraag);
        assertNull(AdminFixtures.knelpunt(eerst), eerst.toString());
        assertTrue(AdminFixtures.types(eerst).contains("overzicht"), eerst.toString());
        long id = vraagId(vraag);
        String map = Files.readString(FOLDER.resolve("voorbeelden.yaml"));

        HttpResponse<String> preview = voorbeeldzin(id, "?dryRun=true");

        assertEquals(200, preview.statusCode(), preview.body());
        JsonNode voorstel = JSON.readTree(preview.body());
        assertEquals(
                List.of("Bij bekwaamheid-handelen 1 voorbeeldzin toegevoegd: “" + vraag + "”."),
                JSON.readTree(preview.body())
                        .path("verschil")
                        .path("groepen")
                        .get(0)
                        .path("regels")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList());
        assertFalse(catalogs.current()
                .orElseThrow()
                .herkenning()
                .voorbeeldenVan("bekwaamheid-handelen")
                .contains(vraag));
        assertEquals(id, vraagId(vraag)); // still in the list until activated

        HttpResponse<String> r = voorbeeldzin(
                id,
                "?basis=" + voorstel.path("basisVersieId").asLong() + "&checksum="
                        + voorstel.path("checksum").asString());

        assertEquals(200, r.statusCode(), r.body());
        assertEquals(
                "De zin staat nu bij ‘Bekwaamheid: De school weet niet goed hoe te handelen bij signalen’;"
                        + " Weerbaar herkent hem vanaf nu.",
                JSON.readTree(r.body()).path("melding").asString());
        assertEquals("bekwaamheid-handelen", AdminFixtures.knelpunt(app.chat(user, vraag)));
        assertEquals(map, Files.readString(FOLDER.resolve("voorbeelden.yaml")));
        assertEquals(
                "VOORBEELDZIN",
                JSON.readTree(app.get("/admin/catalog/versions").body())
                        .get(0)
                        .path("bron")
                        .asString());
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
    void activatingAnExamplePhrasingAfterAnotherVersionBecameCurrentIs409AndTheQuestionStaysInTheList()
            throws Exception {
        String vraag = "Wie betaalt de AED-training voor de conciërge "
                + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        app.chat(user, vraag);
        long id = vraagId(vraag);
        JsonNode voorstel = JSON.readTree(voorbeeldzin(id, "?dryRun=true").body());
        // meanwhile another admin imports a changed folder
        AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusB());
        assertEquals(200, app.post("/admin/reindex").statusCode());
        long versionsBefore = versionCount();

        HttpResponse<String> r = voorbeeldzin(
                id,
                "?basis=" + voorstel.path("basisVersieId").asLong() + "&checksum="
                        + voorstel.path("checksum").asString());

        assertEquals(409, r.statusCode(), r.body());
        assertEquals("ANDERE_VERSIE", JSON.readTree(r.body()).path("reden").asString());
        assertEquals(versionsBefore, versionCount());
        assertEquals(id, vraagId(vraag));
        assertFalse(catalogs.current()
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
    void greetingsThanksAndContactQuestionsAnsweredFromInformatieYamlDoNotRaiseTheInsightsDontKnow() throws Exception {
        long weetNietVoor = weetNiet();
        double dontKnowVoor = herkenningen("DONT_KNOW");
        double informatieVoor = herkenningen("INFORMATIE");

        for (String vraag : List.of(
                "Hoi", "Goedemorgen", "Bedankt!", "Wat is het nummer van Veilig Thuis?", "Kan ik anoniem melden?")) {
            app.chat(user, vraag);
        }

        assertEquals(weetNietVoor, weetNiet());
        assertEquals(dontKnowVoor, herkenningen("DONT_KNOW"), "the don't-know rate's count");
        assertEquals(informatieVoor + 5, herkenningen("INFORMATIE"));
        String onbekend = "De koffieautomaat in de personeelskamer lekt alweer " + UUID.randomUUID();
        app.chat(user, onbekend);
        assertEquals(weetNietVoor + 1, weetNiet(), "a question the bot could not place still counts");
    }

    /** Prometheus' count of recognitions with this decision. */
    private double herkenningen(String besluit) throws Exception {
        String regel = "weerbaar_herkenningen_total{besluit=\"" + besluit + "\"";
        return app.admin("GET", "/actuator/prometheus", TOKEN, null, null)
                .body()
                .lines()
                .filter(l -> l.startsWith(regel))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The insight's "weet niet" count this week at De Linde. */
    private long weetNiet() throws Exception {
        JsonNode inzicht = JSON.readTree(app.get("/admin/inzicht?weken=1").body());
        return inzicht.path("tellingen")
                .valueStream()
                .filter(t -> "de-linde".equals(t.path("locatie").asString())
                        && AdminTeksten.WEET_NIET.equals(t.path("knelpunt").asString()))
                .mapToLong(t -> t.path("herkend").asLong())
                .sum();
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
    void herindexeerInTheChatShowsTheDifferenceForAdminsChangesNothingAndGetsAPoliteNoFromAnyoneElse()
            throws Exception {
        AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusB());
        Afzender admin = new Afzender(Kanaal.SLACK, "U0ADMIN01", "Femke", null, "T1", null);
        long versionsBefore = versionCount();

        Antwoord nee = gesprek.beantwoord(Bericht.tekst(Afzender.web(user), null, "herindexeer"));
        assertTrue(tekst(nee).contains("voorbehouden aan de beheerders"), tekst(nee));
        assertEquals(INTERVENTIE_A, eersteInterventie(app.chat(user, VRAAG)));

        Antwoord ja = gesprek.beantwoord(Bericht.tekst(admin, null, "Herindexeer"));

        assertTrue(tekst(ja).contains("Als je de catalogusmap importeert"), tekst(ja));
        assertTrue(
                tekst(ja)
                        .contains("Bij bereidheid-bespreekbaar een interventie gewijzigd: “Creëren van een taboevrije"),
                tekst(ja));
        assertTrue(tekst(ja).contains("Er is nog niets gewijzigd."), tekst(ja));
        assertEquals(INTERVENTIE_A, eersteInterventie(app.chat(user, VRAAG)));
        assertEquals(versionsBefore, versionCount());
        AdminFixtures.schrijf(FOLDER, AdminFixtures.kapot());
        Antwoord kapot = gesprek.beantwoord(Bericht.tekst(admin, null, "herindexeer"));
        assertTrue(tekst(kapot).contains("voorbeelden.yaml"), tekst(kapot));
        assertTrue(tekst(kapot).contains("blijft actief"), tekst(kapot));
        AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusA());
        Antwoord gelijk = gesprek.beantwoord(Bericht.tekst(admin, null, "herindexeer"));
        assertTrue(tekst(gelijk).contains("er is niets te importeren"), tekst(gelijk));
    }

    /**
     * The reproduction: an uploaded zip with a new locatie and an example phrasing added
     * from the page are not undone by importing the folder unless the admin, shown a difference
     * that names both, activates it.
     */
    @Test
    void importAfterAnUploadAndAnAddedPhrasingShowsBothLossesAndChangesNothingUntilActivated() throws Exception {
        Map<String, String> metWilg = AdminFixtures.catalogusA();
        metWilg.put("organisatie.yaml", resource("/admin/organisatie-nieuwe-locatie.yaml"));
        byte[] zip = AdminFixtures.zip(metWilg, "catalogus/");
        HttpResponse<String> voorbeeld = app.admin("POST", "/admin/catalog?dryRun=true", TOKEN, zip, "application/zip");
        assertEquals(200, voorbeeld.statusCode(), voorbeeld.body());
        JsonNode upload = JSON.readTree(voorbeeld.body());
        assertEquals(
                List.of(
                        "Nieuwe locatie: Locatie De Wilg (de-wilg), met aanspreekpunt Pieter Claes en backup Ilse Mulder."),
                regels(upload, "locaties"));
        assertEquals(2, upload.path("aantallen").path("locaties").asInt() - 1);
        HttpResponse<String> geupload = app.admin(
                "POST",
                "/admin/catalog?basis=" + upload.path("basisVersieId").asLong() + "&checksum="
                        + upload.path("checksum").asString(),
                TOKEN,
                zip,
                "application/zip");
        assertEquals(201, geupload.statusCode(), geupload.body());
        String zin =
                "Wie betaalt de EHBO-cursus " + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        app.chat(user, zin);
        long vraagId = vraagId(zin);
        assertEquals(200, voorbeeldzin(vraagId, "").statusCode());
        long versionsBefore = versionCount();
        String actief = catalogs.current().orElseThrow().versie();

        HttpResponse<String> r = app.post("/admin/reindex?dryRun=true");

        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.path("voorvertoning").asBoolean());
        assertFalse(body.path("ongewijzigd").asBoolean());
        assertEquals(actief, body.path("basisVersie").asString());
        assertEquals(List.of("Locatie verwijderd: Locatie De Wilg (de-wilg)."), regels(body, "locaties"));
        assertEquals(
                List.of("Bij bekwaamheid-handelen 1 voorbeeldzin verwijderd: “" + zin + "”."),
                regels(body, "voorbeeldzinnen"));
        assertEquals(versionsBefore, versionCount());
        assertEquals(actief, catalogs.current().orElseThrow().versie());
        assertEquals("bekwaamheid-handelen", AdminFixtures.knelpunt(app.chat(user, zin)));
        JsonNode map = JSON.readTree(app.get("/admin/status").body()).path("map");
        assertTrue(map.path("verschilt").asBoolean(), map.toString());
        assertTrue(map.path("melding").asString().startsWith("De map is niet gewijzigd sinds versie "), map.toString());
        assertEquals(2, map.path("verschil").path("groepen").size(), map.toString());

        HttpResponse<String> activeer =
                app.post("/admin/reindex?basis=" + body.path("basisVersieId").asLong() + "&checksum="
                        + body.path("checksum").asString());

        assertEquals(200, activeer.statusCode(), activeer.body());
        assertEquals(
                body.path("versie").asString(), catalogs.current().orElseThrow().versie());
        assertNull(AdminFixtures.knelpunt(app.chat(user, zin)));
        assertFalse(JSON.readTree(app.get("/admin/status").body())
                .path("map")
                .path("verschilt")
                .asBoolean());
    }

    @Test
    void activatingAPreviewAfterAnotherVersionBecameCurrentIs409AndChangesNothing() throws Exception {
        AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusB());
        JsonNode preview = JSON.readTree(app.post("/admin/reindex?dryRun=true").body());
        assertEquals(
                List.of("Bij bereidheid-bespreekbaar een interventie gewijzigd: “Creëren van een taboevrije cultuur:"
                        + " bespreekruimte bieden in teamoverleggen.” wordt “VARIANT-B: een taboevrije cultuur creëren in"
                        + " elk teamoverleg.”."),
                regels(preview, "interventies"));
        // meanwhile another admin restores an earlier version (previewed too, so that one is fresh)
        long eerder = JSON.readTree(app.get("/admin/catalog/versions").body())
                .valueStream()
                .filter(v -> !v.path("actueel").asBoolean())
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();
        JsonNode herstel = JSON.readTree(app.post("/admin/catalog/versions/" + eerder + "/restore?dryRun=true")
                .body());
        assertEquals(
                200,
                app.post("/admin/catalog/versions/" + eerder + "/restore?basis="
                                + herstel.path("basisVersieId").asLong())
                        .statusCode());
        String actief = catalogs.current().orElseThrow().versie();
        long versionsBefore = versionCount();

        HttpResponse<String> r =
                app.post("/admin/reindex?basis=" + preview.path("basisVersieId").asLong() + "&checksum="
                        + preview.path("checksum").asString());

        assertEquals(409, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(
                "Sinds deze voorvertoning is versie " + actief + " (id " + eerder
                        + ") actief geworden. Er is niets gewijzigd; bekijk het verschil opnieuw en activeer dan.",
                body.path("error").asString());
        assertEquals("ANDERE_VERSIE", body.path("reden").asString());
        assertEquals(versionsBefore, versionCount());
        assertEquals(actief, catalogs.current().orElseThrow().versie());

        // previewed again, but the folder changes before "Activeer": the content is not what was shown
        JsonNode opnieuw = JSON.readTree(app.post("/admin/reindex?dryRun=true").body());
        AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusA());
        HttpResponse<String> anders =
                app.post("/admin/reindex?basis=" + opnieuw.path("basisVersieId").asLong() + "&checksum="
                        + opnieuw.path("checksum").asString());
        assertEquals(409, anders.statusCode(), anders.body());
        assertEquals("ANDERE_INHOUD", JSON.readTree(anders.body()).path("reden").asString());
        assertEquals(versionsBefore, versionCount());
    }

    @Test
    void organisationEditedAsDataIsPreviewedValidatedAtTheFieldAndAnsweredAfterActivation() throws Exception {
        JsonNode huidig = JSON.readTree(app.get("/admin/organisatie").body());
        long basis = huidig.path("versieId").asLong();
        tools.jackson.databind.node.ObjectNode org =
                (tools.jackson.databind.node.ObjectNode) huidig.path("organisatie");
        tools.jackson.databind.node.ObjectNode aanspreekpunt = (tools.jackson.databind.node.ObjectNode)
                org.path("locaties").get(0).path("aanspreekpunt");
        aanspreekpunt.put("telefoon", "010 000 0199");

        HttpResponse<String> preview = organisatie("?dryRun=true", org);

        assertEquals(200, preview.statusCode(), preview.body());
        JsonNode body = JSON.readTree(preview.body());
        assertEquals(
                List.of(
                        "Aanspreekpunt van Locatie De Linde (Sanne de Vries): telefoon 010 000 0199 (was 010 000 0101)."),
                regels(body, "aanspreekpunten"));
        assertEquals(1, body.path("verschil").path("groepen").size());
        assertEquals(basis, body.path("basisVersieId").asLong());

        aanspreekpunt.put("email", "geen-adres");
        HttpResponse<String> fout = organisatie("?dryRun=true", org);
        assertEquals(422, fout.statusCode(), fout.body());
        JsonNode probleem = JSON.readTree(fout.body()).path("problemen").get(0);
        assertEquals("locaties[0].aanspreekpunt.email", probleem.path("path").asString());
        assertEquals(
                "'geen-adres' is geen e-mailadres.", probleem.path("message").asString());
        aanspreekpunt.put("email", "s.devries@voorbeeldcollege.example");

        HttpResponse<String> activeer = organisatie(
                "?basis=" + basis + "&checksum=" + body.path("checksum").asString(), org);

        assertEquals(201, activeer.statusCode(), activeer.body());
        JsonNode antwoord = app.chat(user, "wie is mijn aanspreekpunt");
        assertTrue(antwoord.toString().contains("010 000 0199"), antwoord.toString());
        assertEquals(
                "ORGANISATIE",
                JSON.readTree(app.get("/admin/catalog/versions").body())
                        .get(0)
                        .path("bron")
                        .asString());
        String yaml = organisatieUitZip(activeer(activeer));
        assertTrue(yaml.startsWith("# yaml-language-server"), yaml);
        assertTrue(yaml.contains("telefoon: 010 000 0199"), yaml);
        assertEquals(
                400,
                app.admin(
                                "POST",
                                "/admin/organisatie",
                                TOKEN,
                                "{}".getBytes(StandardCharsets.UTF_8),
                                "application/json")
                        .statusCode());
    }

    /** Two instances starting on an empty database: the one that comes second stores nothing of its own. */
    @Test
    void aFirstVersionOrAnActivationIsStoredOnlyWhileTheVersionItExpectsIsStillCurrent() {
        long voor = versionCount();
        long actueel = versies.actueel().orElseThrow();
        var catalogus = catalogs.current().orElseThrow();

        assertEquals(
                java.util.Optional.empty(),
                versies.bewaarEnMaakActueelAls(
                        AdminFixtures.catalogusA(), catalogus, CatalogVersions.Bron.MAP, "start", "start", null));
        assertEquals(
                java.util.Optional.empty(),
                versies.bewaarEnMaakActueelAls(
                        AdminFixtures.catalogusA(),
                        catalogus,
                        CatalogVersions.Bron.UPLOAD,
                        "upload",
                        "x",
                        actueel + 1000));
        assertFalse(versies.maakActueelAls(actueel, actueel + 1000));

        assertEquals(voor, versionCount());
        assertEquals(actueel, versies.actueel().orElseThrow());
    }

    private static long activeer(HttpResponse<String> r) {
        return JSON.readTree(r.body()).path("versieId").asLong();
    }

    /** The organisatie.yaml in a version's zip, downloaded as the admin page does. */
    private String organisatieUitZip(long versieId) throws Exception {
        HttpResponse<byte[]> r = app.http()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://127.0.0.1:" + port + "/admin/catalog/versions/" + versieId + "/zip"))
                                .header("Authorization", "Bearer " + TOKEN)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("catalogus/organisatie.yaml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no catalogus/organisatie.yaml in the zip");
    }

    private HttpResponse<String> organisatie(String query, JsonNode org) throws Exception {
        byte[] body = JSON.writeValueAsBytes(Map.of("organisatie", org));
        return app.admin("POST", "/admin/organisatie" + query, TOKEN, body, "application/json");
    }

    private long vraagId(String tekst) throws Exception {
        return JSON.readTree(app.get("/admin/onbeantwoord?limit=200").body())
                .path("vragen")
                .valueStream()
                .filter(v -> v.path("tekst").asString().equals(tekst))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();
    }

    private HttpResponse<String> voorbeeldzin(long vraagId, String query) throws Exception {
        return app.admin(
                "POST",
                "/admin/onbeantwoord/" + vraagId + "/voorbeeld" + query,
                TOKEN,
                "{\"knelpunt\": \"bekwaamheid-handelen\"}".getBytes(StandardCharsets.UTF_8),
                "application/json");
    }

    private static List<String> regels(JsonNode voorstel, String soort) {
        return voorstel.path("verschil")
                .path("groepen")
                .valueStream()
                .filter(g -> g.path("soort").asString().equals(soort))
                .flatMap(g -> g.path("regels").valueStream())
                .map(JsonNode::asString)
                .toList();
    }

    private static String resource(String naam) throws IOException {
        try (var in = AdminApiTest.class.getResourceAsStream(naam)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
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
