package nl.weerbaar.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.teams.ConversationReferences;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the application does with its store, run against each database it supports: the
 * migrations apply, the catalogue loads and its version is recorded, health is UP (its details
 * read with the admin token).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "weerbaar.admin.token=" + StoreContract.ADMIN_TOKEN)
abstract class StoreContract {
    static final String ADMIN_TOKEN = "store-contract-admin-token-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalogs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConversationReferences teamsReferences;

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUpWithTheCatalogueLoaded() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        JsonNode json = JSON.readTree(health.body());
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", json.path("status").asString());
        assertEquals(
                "UP", json.path("components").path("catalog").path("status").asString());
        assertEquals(
                catalogs.current().orElseThrow().versie(),
                json.path("components")
                        .path("catalog")
                        .path("details")
                        .path("version")
                        .asString());
    }

    @Test
    void readinessGroupIncludesTheCatalogue() throws Exception {
        HttpResponse<String> ready = get("/actuator/health/readiness");

        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals(
                "UP",
                JSON.readTree(ready.body())
                        .path("components")
                        .path("catalog")
                        .path("status")
                        .asString());
    }

    @Test
    void loadedCatalogueVersionIsRecordedInTheDatabase() {
        String checksum = catalogs.current().orElseThrow().checksum();

        Map<String, Object> row = jdbc.sql(
                        "select checksum, knelpunten, interventies, trainingen, locaties from catalog_load order by id desc")
                .query()
                .listOfRows()
                .get(0);

        assertEquals(checksum, row.get(key(row, "checksum")));
        assertEquals(7, ((Number) row.get(key(row, "knelpunten"))).intValue());
        assertEquals(21, ((Number) row.get(key(row, "interventies"))).intValue());
        assertEquals(3, ((Number) row.get(key(row, "trainingen"))).intValue());
        assertEquals(2, ((Number) row.get(key(row, "locaties"))).intValue());
    }

    @Test
    void teamsConversationReferenceIsUpsertedPerUserAndConversation() {
        String user = "aad-" + System.nanoTime();
        teamsReferences.bewaar(new ConversationReferences.Opgeslagen(
                user, "a:conv", "personal", "https://smba.example/emea/", "tenant", "28:bot", "{\"v\":1}"));
        teamsReferences.bewaar(new ConversationReferences.Opgeslagen(
                user, "a:conv", "personal", "https://smba.example/amer/", "tenant", "28:bot", "{\"v\":2}"));

        ConversationReferences.Opgeslagen stored =
                teamsReferences.persoonlijk(user).orElseThrow();
        assertEquals("https://smba.example/amer/", stored.serviceUrl());
        assertEquals("{\"v\":2}", stored.referenceJson());
        assertEquals(
                1,
                jdbc.sql("select count(*) from teams_gesprek where user_aad_id = :u")
                        .param("u", user)
                        .query(Integer.class)
                        .single());
    }

    @Test
    void homePageIsTheWebChatWithThe112Advice() throws Exception {
        HttpResponse<String> page = get("/");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Weerbaar</h1>"), page.body());
        assertTrue(page.body().contains("Bij acuut gevaar: bel <a href=\"tel:112\">112</a>."), page.body());
        assertTrue(page.body().contains("<textarea id=\"tekst\""), page.body());
    }

    /** H2 reports column names in upper case, PostgreSQL in lower case. */
    private static String key(Map<String, Object> row, String column) {
        return row.keySet().stream()
                .filter(k -> k.equalsIgnoreCase(column))
                .findFirst()
                .orElseThrow();
    }
}
