package nl.weerbaar.bot.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.CatalogSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Catalogue variants, zips and an HTTP client for the admin tests. */
final class AdminFixtures {
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** 32 characters or more: a shorter admin token stops the application at start-up. */
    static final String TOKEN = "test-admin-token-0123456789-abcdefghij";

    /** A question about knelpunt bereidheid-bespreekbaar, and the first interventie of A and of B. */
    static final String VRAAG = "Collega's durven het niet aan te kaarten als ze iets vermoeden";

    static final String INTERVENTIE_A = "Creëren van een taboevrije cultuur: bespreekruimte bieden in teamoverleggen.";
    static final String INTERVENTIE_B = "VARIANT-B: een taboevrije cultuur creëren in elk teamoverleg.";

    private AdminFixtures() {}

    /** The bundled catalogue's files ("catalogue A"). */
    static Map<String, String> catalogusA() {
        Map<String, String> files = new LinkedHashMap<>();
        CatalogSource bundled = CatalogSource.bundled();
        for (String name : CatalogLoader.ALL_FILES) {
            try {
                files.put(name, bundled.read(name).orElseThrow());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Catalogue B: A with the first interventie of bereidheid-bespreekbaar reworded. */
    static Map<String, String> catalogusB() {
        Map<String, String> files = catalogusA();
        String catalogus = files.get("catalogus.yaml");
        if (!catalogus.contains(INTERVENTIE_A)) {
            throw new IllegalStateException("the bundled catalogue changed: " + INTERVENTIE_A);
        }
        files.put("catalogus.yaml", catalogus.replace(INTERVENTIE_A, INTERVENTIE_B));
        return files;
    }

    /** A broken catalogue: example phrasings for a knelpunt id that does not exist. */
    static Map<String, String> kapot() {
        Map<String, String> files = catalogusA();
        files.put(
                "voorbeelden.yaml",
                files.get("voorbeelden.yaml").replace("  bereidheid-bespreekbaar:", "  bereidheid-bespreekbaarr:"));
        return files;
    }

    static void schrijf(Path folder, Map<String, String> files) throws IOException {
        Files.createDirectories(folder);
        for (var e : files.entrySet()) {
            Files.writeString(folder.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    static byte[] zip(Map<String, String> files, String topFolder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(topFolder + e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Talks HTTP to one running instance. */
    record Instantie(int port, HttpClient http) {
        Instantie(int port) {
            this(
                    port,
                    HttpClient.newBuilder()
                            .connectTimeout(Duration.ofSeconds(5))
                            .build());
        }

        HttpResponse<String> admin(String method, String path, String token, byte[] body, String contentType)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return admin("GET", path, TOKEN, null, null);
        }

        HttpResponse<String> post(String path) throws IOException, InterruptedException {
            return admin("POST", path, TOKEN, null, null);
        }

        HttpResponse<String> upload(byte[] zip) throws IOException, InterruptedException {
            return admin("POST", "/admin/catalog", TOKEN, zip, "application/zip");
        }

        /** Asks the web chat; returns the reply. */
        JsonNode chat(String user, String text) throws IOException, InterruptedException {
            String body = JSON.writeValueAsString(Map.of("user", user, "location", "de-linde", "text", text));
            HttpResponse<String> r =
                    admin("POST", "/api/chat", null, body.getBytes(StandardCharsets.UTF_8), "application/json");
            if (r.statusCode() != 200) {
                throw new IllegalStateException("chat answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        }
    }

    /** The first interventie of the knelpunt part of a reply, or null when there is none. */
    static String eersteInterventie(JsonNode antwoord) {
        for (JsonNode deel : antwoord.path("onderdelen")) {
            if ("knelpunt".equals(deel.path("type").asString())) {
                return deel.path("interventies").get(0).asString();
            }
        }
        return null;
    }

    /** The id of the knelpunt the reply answers with, or null. */
    static String knelpunt(JsonNode antwoord) {
        for (JsonNode deel : antwoord.path("onderdelen")) {
            if ("knelpunt".equals(deel.path("type").asString())) {
                return deel.path("id").asString();
            }
        }
        return null;
    }

    static List<String> types(JsonNode antwoord) {
        return antwoord.path("onderdelen")
                .valueStream()
                .map(d -> d.path("type").asString())
                .toList();
    }
}
