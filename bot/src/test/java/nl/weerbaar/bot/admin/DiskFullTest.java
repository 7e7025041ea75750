package nl.weerbaar.bot.admin;

import static nl.weerbaar.bot.WebChatAntwoord.knop;
import static nl.weerbaar.bot.WebChatAntwoord.teksten;
import static nl.weerbaar.bot.admin.AdminFixtures.JSON;
import static nl.weerbaar.bot.admin.AdminFixtures.TOKEN;
import static nl.weerbaar.bot.admin.AdminFixtures.VRAAG;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.weerbaar.bot.signals.InboxToken;
import nl.weerbaar.bot.web.InboxAanmelding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A full disk, for real: two small tmpfs file systems, one holding the catalogue folder ({@code
 * weerbaar.catalog.path}) and one the H2 file database (the application's default database URL,
 * pointed at that file system). A test fills one of them until the kernel answers "No space left
 * on device", and empties it again.
 *
 * <ul>
 *   <li>"Add as example phrasing" on a full database disk: 507 with a message that says so; the
 *       served catalogue is as it was; after space is freed it works. The catalogue folder (full
 *       too) is never written: the version lives in the database.
 *   <li>Upload and reindex on a full database disk: 507; the old catalogue keeps answering.
 *   <li>A signal on a full database disk: chat answers keep coming, the signal is refused with the
 *       database-outage wording ("Er is niets doorgegeven") and never confirmed; after space is
 *       freed it is passed on, without a restart.
 * </ul>
 *
 * Needs root (mount). Without it the class is skipped, with the reason; CI runs as root.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // its files live on file systems unmounted after
class DiskFullTest {
    static final Path BASE = tempDirectory();
    static final Path CATALOGUS = BASE.resolve("catalogus");
    static final Path DATA = BASE.resolve("data");
    static final String VOORBEELDEN = "voorbeelden.yaml";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    AdminFixtures.Instantie app;
    final String user = "schijf-vol-" + UUID.randomUUID();

    private static Path tempDirectory() {
        try {
            return Files.createTempDirectory("weerbaar-schijf-vol");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void mountSmallFileSystems() throws Exception {
        Files.createDirectories(CATALOGUS);
        Files.createDirectories(DATA);
        mount(CATALOGUS, "4m");
        mount(DATA, "16m");
        AdminFixtures.schrijf(CATALOGUS, AdminFixtures.catalogusA());
    }

    @AfterAll
    static void unmount() throws Exception {
        // lazily: the application (closed after this class) may still hold the database file open
        run("umount", "-l", CATALOGUS.toString());
        run("umount", "-l", DATA.toString());
        try (Stream<Path> files = Files.walk(BASE)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }

    private static void mount(Path at, String size) throws Exception {
        Result r = run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", at.toString());
        Assumptions.assumeTrue(
                r.exit() == 0,
                () -> "cannot mount a tmpfs at " + at + " (needs root and the mount command): " + r.output());
    }

    record Result(int exit, String output) {}

    private static Result run(String... command) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out: " + output);
        }
        return new Result(p.exitValue(), output.strip());
    }

    /** The application's own default database URL, with ./data/ on the small file system. */
    static String defaultH2Url() {
        Properties defaults = new Properties();
        try (InputStream in = DiskFullTest.class.getResourceAsStream("/application.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String url = defaults.getProperty("spring.datasource.url");
        if (!url.startsWith("jdbc:h2:file:./data/")) {
            throw new IllegalStateException("the default database is no longer an H2 file under ./data: " + url);
        }
        return url.replace("./data/", DATA + "/");
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DiskFullTest::defaultH2Url);
        registry.add("weerbaar.catalog.path", CATALOGUS::toString);
        registry.add("weerbaar.admin.token", () -> TOKEN);
        registry.add("weerbaar.web.enabled", () -> "true");
        registry.add("weerbaar.database.pause", () -> "PT1S");
    }

    @BeforeEach
    void client() {
        app = new AdminFixtures.Instantie(port);
    }

    // ---- filling and freeing

    /** Fills the file system until the kernel refuses another byte; returns the filler file. */
    static Path fill(Path mount) throws IOException {
        Path filler = mount.resolve("vulling-" + UUID.randomUUID());
        String refusal = null;
        for (int block : new int[] {1024 * 1024, 4096, 1}) {
            try (OutputStream out =
                    Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                byte[] bytes = new byte[block];
                while (true) {
                    out.write(bytes);
                }
            } catch (IOException full) {
                refusal = full.getMessage();
            }
        }
        assertTrue(String.valueOf(refusal).contains("No space left on device"), "the disk says: " + refusal);
        return filler;
    }

    /**
     * H2 can still have room inside its file when the disk is full (pages freed earlier): use that
     * too, so that the next write needs the disk, whatever the database did before.
     */
    void vulDatabase() {
        String blok = "x".repeat(100_000);
        for (int i = 0; i < 100_000; i++) {
            try {
                jdbc.sql("insert into vulling values (:x)").param("x", blok).update();
            } catch (DataAccessException vol) {
                return;
            }
        }
        throw new AssertionError("the database never ran out of room on the full disk");
    }

    // ---- chat

    /** The next message of the signal flow. */
    JsonNode chat(String text) throws Exception {
        return send(JSON.createObjectNode().put("user", user).put("text", text));
    }

    JsonNode chat(String location, String text) throws Exception {
        return send(JSON.createObjectNode()
                .put("user", user)
                .put("location", location)
                .put("text", text));
    }

    JsonNode druk(JsonNode antwoord, String label) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("user", user);
        body.set("action", knop(antwoord, label).path("actie"));
        return send(body);
    }

    /** The reporter's browser, signed in with their inbox session: signals need a sign-in in the web chat. */
    final HttpClient melder =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /** The backup of De Linde: signed in, the directory places them at De Linde. */
    static final String MELDER = "a.elamrani@voorbeeldcollege.example";

    JsonNode send(ObjectNode body) throws Exception {
        if (((CookieManager) melder.cookieHandler().orElseThrow())
                .getCookieStore()
                .getCookies()
                .isEmpty()) {
            String token = InboxToken.maak(
                    "test-signalen-geheim", MELDER, Instant.now().plus(Duration.ofDays(1)));
            melder.send(InboxAanmelding.post(port, token).build(), HttpResponse.BodyHandlers.discarding());
        }
        HttpResponse<String> r = melder.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    HttpResponse<String> voorbeeld(long vraagId, String knelpunt) throws Exception {
        return app.admin(
                "POST",
                "/admin/onbeantwoord/" + vraagId + "/voorbeeld",
                TOKEN,
                ("{\"knelpunt\": \"" + knelpunt + "\"}").getBytes(StandardCharsets.UTF_8),
                "application/json");
    }

    static List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(CATALOGUS)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("vulling-"))
                    .sorted()
                    .toList();
        }
    }

    // ---- the tests

    @Test
    @Timeout(120)
    void examplePhrasingOnAFullDatabaseDiskIs507AndTheServedCatalogueAndTheFullFolderDoNotChange() throws Exception {
        String vraag = "Wie betaalt de cursus voor de BHV "
                + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        JsonNode eerst = app.chat(user, vraag);
        assertEquals(null, AdminFixtures.knelpunt(eerst), eerst.toString());
        long vraagId = JSON.readTree(app.get("/admin/onbeantwoord").body())
                .path("vragen")
                .valueStream()
                .filter(v -> v.path("tekst").asString().equals(vraag))
                .findFirst()
                .orElseThrow()
                .path("id")
                .asLong();
        byte[] voorbeeldenVoor = Files.readAllBytes(CATALOGUS.resolve(VOORBEELDEN));
        List<String> mapVoor = folder();
        String versie = app.chat(user, VRAAG).path("catalogusVersie").asString();

        Path mapVulling = fill(CATALOGUS);
        Path vulling = fill(DATA);
        HttpResponse<String> vol;
        try {
            vol = voorbeeld(vraagId, "bekwaamheid-handelen");

            assertEquals(507, vol.statusCode(), vol.body());
            JsonNode fout = JSON.readTree(vol.body());
            // refused when the read is audited or when the version is stored, whichever the disk refuses first
            assertTrue(fout.path("error").asString().startsWith("De schijf is vol: "), vol.body());
            assertTrue(fout.path("error").asString().endsWith("Maak ruimte vrij en probeer het opnieuw."), vol.body());
            assertArrayEquals(voorbeeldenVoor, Files.readAllBytes(CATALOGUS.resolve(VOORBEELDEN)), "file unchanged");
            assertEquals(mapVoor, folder(), "no copy left behind");
            JsonNode antwoord = app.chat(user, VRAAG);
            assertEquals("bereidheid-bespreekbaar", AdminFixtures.knelpunt(antwoord), antwoord.toString());
            assertEquals(versie, antwoord.path("catalogusVersie").asString(), "the old catalogue keeps serving");
            assertEquals(null, AdminFixtures.knelpunt(app.chat(user, vraag)), "the phrasing was not added");
        } finally {
            Files.delete(vulling);
        }

        // space on the database's disk again (the catalogue folder's stays full: it is not written)
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> voorbeeld(vraagId, "bekwaamheid-handelen").statusCode() == 200);
        assertEquals("bekwaamheid-handelen", AdminFixtures.knelpunt(app.chat(user, vraag)));
        assertArrayEquals(voorbeeldenVoor, Files.readAllBytes(CATALOGUS.resolve(VOORBEELDEN)), "folder not written");
        Files.delete(mapVulling);
        assertEquals(mapVoor, folder());
    }

    @Test
    @Timeout(120)
    void uploadAndReindexOnAFullDatabaseDiskAre507AndTheOldCatalogueKeepsAnswering() throws Exception {
        JsonNode voor = app.chat(user, VRAAG);
        String versie = voor.path("catalogusVersie").asString();
        assertEquals(AdminFixtures.INTERVENTIE_A, AdminFixtures.eersteInterventie(voor));
        Map<String, String> b = AdminFixtures.catalogusB();
        byte[] zipB = AdminFixtures.zip(b, "");
        String catalogusA = Files.readString(CATALOGUS.resolve("catalogus.yaml"));
        Files.writeString(CATALOGUS.resolve("catalogus.yaml"), b.get("catalogus.yaml"));
        String melding = "De schijf is vol: de nieuwe catalogusversie kan niet worden opgeslagen. Er is niets"
                + " gewijzigd; versie " + versie + " blijft actief. Maak ruimte vrij en probeer het opnieuw.";

        Path vulling = fill(DATA);
        try {
            HttpResponse<String> upload = app.upload(zipB);
            HttpResponse<String> reindex = app.post("/admin/reindex");

            assertEquals(507, upload.statusCode(), upload.body());
            assertEquals(melding, JSON.readTree(upload.body()).path("error").asString());
            assertEquals(507, reindex.statusCode(), reindex.body());
            assertEquals(melding, JSON.readTree(reindex.body()).path("error").asString());
            JsonNode antwoord = app.chat(user, VRAAG);
            assertEquals("bereidheid-bespreekbaar", AdminFixtures.knelpunt(antwoord));
            assertEquals(AdminFixtures.INTERVENTIE_A, AdminFixtures.eersteInterventie(antwoord));
            assertEquals(versie, antwoord.path("catalogusVersie").asString());
        } finally {
            Files.delete(vulling);
        }

        // no restart: once the database has reopened its file, the same reindex is stored and served
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> app.post("/admin/reindex").statusCode() == 200);
        assertEquals(AdminFixtures.INTERVENTIE_B, AdminFixtures.eersteInterventie(app.chat(user, VRAAG)));

        Files.writeString(CATALOGUS.resolve("catalogus.yaml"), catalogusA);
        assertEquals(200, app.post("/admin/reindex").statusCode());
        assertEquals(AdminFixtures.INTERVENTIE_A, AdminFixtures.eersteInterventie(app.chat(user, VRAAG)));
    }

    @Test
    @Timeout(120)
    void signalOnAFullDatabaseDiskIsRefusedNeverConfirmedAndPassedOnOnceSpaceIsFreed() throws Exception {
        JsonNode start = chat("de-linde", "melden");
        assertEquals("Bij acuut gevaar: bel 112.", teksten(start).get(0));
        JsonNode urgentie = chat("Leerling wordt na school opgewacht door oudere jongens.");
        druk(urgentie, "Nee");
        JsonNode samenvatting = chat("J.B., 2B");
        knop(samenvatting, "Versturen");

        jdbc.sql("create table if not exists vulling (x varchar(100000))").update();
        Path vulling = fill(DATA);
        vulDatabase();
        JsonNode geweigerd;
        JsonNode contact;
        try {
            JsonNode antwoord = app.chat("collega-" + user, VRAAG);
            assertEquals("bereidheid-bespreekbaar", AdminFixtures.knelpunt(antwoord), "recognition needs no database");

            geweigerd = druk(samenvatting, "Versturen");
            // the reporter's own locatie comes from the directory once their session could be read;
            // when the refused write left the database closed, that session and the remembered locatie
            // cannot be read either: the teacher picks the locatie and gets the same contact
            contact = geweigerd.toString().contains("\"type\":\"aanspreekpunt\"")
                    ? geweigerd
                    : druk(geweigerd, "Locatie De Linde");
        } finally {
            Files.delete(vulling);
        }
        List<String> teksten = teksten(geweigerd);
        assertEquals("Bij acuut gevaar: bel 112.", teksten.get(0), teksten.toString());
        assertTrue(teksten.stream().anyMatch(t -> t.contains("Er is niets doorgegeven.")), teksten.toString());
        assertFalse(teksten.stream().anyMatch(t -> t.startsWith("Doorgegeven")), teksten.toString());
        assertTrue(contact.toString().contains("Sanne de Vries"), contact.toString());

        // no restart: the database reopens its file; nothing was stored, and the same button now works
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> signalen() == 0);
        JsonNode verstuurd = druk(samenvatting, "Versturen");
        assertTrue(
                teksten(verstuurd).get(1).startsWith("Doorgegeven aan Sanne de Vries."),
                teksten(verstuurd).toString());
        assertEquals(1, signalen());
    }

    long signalen() {
        return jdbc.sql("select count(*) from signaal where melder_id = :u")
                .param("u", "inbox:" + MELDER)
                .query(Long.class)
                .single();
    }
}
