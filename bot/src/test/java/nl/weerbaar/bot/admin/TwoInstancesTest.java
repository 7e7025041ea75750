package nl.weerbaar.bot.admin;

import static nl.weerbaar.bot.admin.AdminFixtures.INTERVENTIE_A;
import static nl.weerbaar.bot.admin.AdminFixtures.INTERVENTIE_B;
import static nl.weerbaar.bot.admin.AdminFixtures.JSON;
import static nl.weerbaar.bot.admin.AdminFixtures.TOKEN;
import static nl.weerbaar.bot.admin.AdminFixtures.VRAAG;
import static nl.weerbaar.bot.admin.AdminFixtures.eersteInterventie;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import nl.weerbaar.bot.WeerbaarApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two instances of the application on one PostgreSQL database (CI's server at 127.0.0.1:5432,
 * database {@code test}, a schema of its own): a catalogue made current on one is served by the
 * other within 10 seconds; a broken one is refused and both keep answering with the old one.
 */
class TwoInstancesTest {
    static final String URL = System.getProperty("weerbaar.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("weerbaar.test.postgres.user", "postgres");
    static final String SCHEMA =
            "weerbaar_admin_" + UUID.randomUUID().toString().replace("-", "");

    static ConfigurableApplicationContext eerste;
    static ConfigurableApplicationContext tweede;
    static AdminFixtures.Instantie a;
    static AdminFixtures.Instantie b;

    @BeforeAll
    static void startTwoInstances() {
        eerste = start();
        tweede = start();
        a = new AdminFixtures.Instantie(port(eerste));
        b = new AdminFixtures.Instantie(port(tweede));
    }

    private static ConfigurableApplicationContext start(String... meer) {
        // command-line arguments: they override application.properties (default properties do not)
        String[] args = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                                "--server.port=0",
                                "--spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA,
                                "--spring.datasource.username=" + USER,
                                "--spring.datasource.password=",
                                "--spring.flyway.schemas=" + SCHEMA,
                                "--weerbaar.admin.token=" + TOKEN),
                        java.util.stream.Stream.of(meer))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(WeerbaarApplication.class).run(args);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stopAndDropSchema() throws Exception {
        if (eerste != null) {
            eerste.close();
        }
        if (tweede != null) {
            tweede.close();
        }
        try (var connection = DriverManager.getConnection(URL, USER, "");
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void brokenCatalogueIsRefusedOnOneAndBothKeepAnsweringGoodOneIsLiveOnBothWithinTenSeconds() throws Exception {
        String oud = a.chat("twee-a", VRAAG).path("catalogusVersie").asString();
        assertEquals(oud, b.chat("twee-b", VRAAG).path("catalogusVersie").asString());

        HttpResponse<String> kapot = a.upload(AdminFixtures.zip(AdminFixtures.kapot(), "catalogus/"));

        assertEquals(422, kapot.statusCode(), kapot.body());
        assertEquals(
                "voorbeelden.yaml",
                JSON.readTree(kapot.body())
                        .path("problemen")
                        .get(0)
                        .path("file")
                        .asString());
        Thread.sleep(2500);
        assertEquals(INTERVENTIE_A, eersteInterventie(a.chat("twee-a", VRAAG)));
        assertEquals(INTERVENTIE_A, eersteInterventie(b.chat("twee-b", VRAAG)));

        // previewed on one instance, activated on the other: the preview is bound to the database's version
        byte[] zipB = AdminFixtures.zip(AdminFixtures.catalogusB(), "");
        HttpResponse<String> preview = a.admin("POST", "/admin/catalog?dryRun=true", TOKEN, zipB, "application/zip");
        assertEquals(200, preview.statusCode(), preview.body());
        JsonNode voorstel = JSON.readTree(preview.body());
        assertEquals(
                "interventies",
                voorstel.path("verschil").path("groepen").get(0).path("soort").asString());
        assertEquals(INTERVENTIE_A, eersteInterventie(a.chat("twee-a", VRAAG)));
        HttpResponse<String> goed = b.admin(
                "POST",
                "/admin/catalog?basis=" + voorstel.path("basisVersieId").asLong() + "&checksum="
                        + voorstel.path("checksum").asString(),
                TOKEN,
                zipB,
                "application/zip");

        assertEquals(201, goed.statusCode(), goed.body());
        String nieuw = JSON.readTree(goed.body()).path("versie").path("versie").asString();
        long start = System.nanoTime();
        assertEquals(INTERVENTIE_B, eersteInterventie(b.chat("twee-b", VRAAG)));
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> nieuw.equals(
                        a.chat("twee-a", VRAAG).path("catalogusVersie").asString()));
        System.out.printf(
                "Second instance served the new version after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(INTERVENTIE_B, eersteInterventie(a.chat("twee-a", VRAAG)));

        long oudeId = JSON.readTree(b.get("/admin/catalog/versions").body())
                .valueStream()
                .filter(v -> v.path("versie").asString().equals(oud))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();
        assertEquals(
                200, b.post("/admin/catalog/versions/" + oudeId + "/restore").statusCode());
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> INTERVENTIE_A.equals(eersteInterventie(a.chat("twee-a", VRAAG))));
    }

    @Test
    void examplePhrasingAddedOnOneInstanceWithoutAFolderBecomesANewVersionRecognisedOnBoth() throws Exception {
        String vraag = "Wie betaalt de cursus voor de BHV eigenlijk";
        assertEquals(null, AdminFixtures.knelpunt(a.chat("twee-a", vraag)));
        long id = JSON.readTree(a.get("/admin/onbeantwoord").body())
                .path("vragen")
                .valueStream()
                .filter(v -> v.path("tekst").asString().equals(vraag))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();

        HttpResponse<String> r = a.admin(
                "POST",
                "/admin/onbeantwoord/" + id + "/voorbeeld",
                TOKEN,
                "{\"knelpunt\": \"bekwaamheid-handelen\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json");

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("bekwaamheid-handelen", AdminFixtures.knelpunt(a.chat("twee-a", vraag)));
        assertEquals(
                "VOORBEELDZIN",
                JSON.readTree(a.get("/admin/catalog/versions").body())
                        .get(0)
                        .path("bron")
                        .asString());
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "bekwaamheid-handelen".equals(AdminFixtures.knelpunt(b.chat("twee-b", vraag))));
    }

    /**
     * The database is the one source of truth: an instance that starts with a catalogue folder
     * that differs from the current version serves the current version, and only says (on the
     * admin page, /admin/status) what importing the folder would change.
     */
    @Test
    void anInstanceStartedWithADifferentFolderServesTheDatabasesVersionAndOnlyShowsTheFolderDifference(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path map) throws Exception {
        String actueel = a.chat("twee-a", VRAAG).path("catalogusVersie").asString();
        java.util.Map<String, String> files = AdminFixtures.catalogusA();
        files.put(
                "catalogus.yaml",
                AdminFixtures.catalogusB()
                        .get("catalogus.yaml")
                        .replace(INTERVENTIE_B, "VARIANT-C: elk overleg taboevrij."));
        AdminFixtures.schrijf(map, files);
        long versies = JSON.readTree(a.get("/admin/catalog/versions").body()).size();

        try (ConfigurableApplicationContext derde = start("--weerbaar.catalog.path=" + map)) {
            AdminFixtures.Instantie c = new AdminFixtures.Instantie(port(derde));

            assertEquals(
                    actueel, c.chat("twee-c", VRAAG).path("catalogusVersie").asString());
            assertEquals(
                    versies,
                    JSON.readTree(c.get("/admin/catalog/versions").body()).size());
            JsonNode mapStatus = JSON.readTree(c.get("/admin/status").body()).path("map");
            assertEquals(
                    "De map is nog nooit geïmporteerd en verschilt van de actieve versie.",
                    mapStatus.path("melding").asString(),
                    mapStatus.toString());
            assertTrue(
                    mapStatus.path("verschil").toString().contains("wordt “VARIANT-C: elk overleg taboevrij.”"),
                    mapStatus.toString());
        }
    }
}
