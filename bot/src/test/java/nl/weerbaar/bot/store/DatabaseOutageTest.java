package nl.weerbaar.bot.store;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * PostgreSQL going away for 30 seconds while teachers chat, and coming back, without a restart. The application
 * reaches PostgreSQL (CI's server at 127.0.0.1:5432) through a {@link TcpProxy} that the test
 * stops — every connection is cut and new ones are refused — and starts again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = {"weerbaar.web.enabled=true", "weerbaar.database.pause=PT1S"})
class DatabaseOutageTest {
    static final String URL = PostgresStoreTest.URL;
    static final String USER = PostgresStoreTest.USER;
    private static final String SCHEMA =
            "weerbaar_outage_" + UUID.randomUUID().toString().replace("-", "");
    static final TcpProxy PROXY = proxy();
    static final String QUESTION = "We hebben nauwelijks contact met de wijkagent.";

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private static TcpProxy proxy() {
        try {
            return new TcpProxy(URI.create(URL.substring("jdbc:".length())).getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void postgresThroughTheProxy(DynamicPropertyRegistry registry) {
        URI direct = URI.create(URL.substring("jdbc:".length()));
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:postgresql://127.0.0.1:" + PROXY.port() + direct.getPath() + "?currentSchema=" + SCHEMA
                        + "&connectTimeout=2&socketTimeout=10");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        PROXY.close();
        try (var connection = DriverManager.getConnection(URL, USER, "");
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    private HttpResponse<String> chat(String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/chat"))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(20))
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String feedback(String user) {
        return "{\"user\":\"" + user + "\",\"action\":{\"type\":\"feedback\",\"waarden\":"
                + "{\"knelpunt\":\"bekwaamheid-ketenpartners\",\"helpt\":\"ja\",\"confidence\":\"0.9\"}}}";
    }

    private static long storedRecognitions() throws SQLException {
        try (var connection = DriverManager.getConnection(URL + "?currentSchema=" + SCHEMA, USER, "");
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from herkenning_uitkomst")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static long storedFeedback() throws SQLException {
        try (var connection = DriverManager.getConnection(URL + "?currentSchema=" + SCHEMA, USER, "");
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from feedback")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void chatAnswersWhileTheDatabaseIsGoneAndStoresAgainWhenItIsBack() throws Exception {
        assertEquals(200, chat(feedback("voor")).statusCode());
        assertEquals(1, storedFeedback());

        int asked = 0;
        PROXY.stop();
        try {
            HttpResponse<String> answer = chat("{\"user\":\"tijdens\",\"text\":\"" + QUESTION + "\"}");
            HttpResponse<String> thanks = chat(feedback("tijdens"));
            HttpResponse<String> locatie = chat(
                    "{\"user\":\"tijdens\",\"action\":{\"type\":\"locatie\",\"waarden\":{\"locatie\":\"de-linde\"}}}");
            HttpResponse<String> unknown = chat("{\"user\":\"tijdens\",\"text\":\"Hoe laat vertrekt de trein?\"}");
            HttpResponse<String> melden = chat("{\"user\":\"tijdens\",\"location\":\"de-linde\",\"text\":\"melden\"}");

            assertEquals(200, melden.statusCode(), melden.body());
            // an anonymous web chat user: no signal features, the way to sign in (issue 15, item 5)
            assertTrue(melden.body().contains("Log in met je persoonlijke link"), melden.body());
            assertTrue(melden.body().contains("Bij acuut gevaar: bel 112."), melden.body());
            assertTrue(melden.body().contains("Sanne de Vries"), melden.body());

            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("bekwaamheid-ketenpartners"), answer.body());
            assertEquals(200, thanks.statusCode(), thanks.body());
            assertTrue(thanks.body().contains("Fijn dat het helpt"), thanks.body());
            assertEquals(200, locatie.statusCode(), locatie.body());
            assertTrue(locatie.body().contains("Je locatie is nu"), locatie.body());
            assertEquals(200, unknown.statusCode(), unknown.body());
            // and so on while the store keeps probing for the database (every second, weerbaar.database.pause):
            // questions across several probes, each answered
            long start = System.nanoTime();
            while (asked < 10 || System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4)) {
                HttpResponse<String> more = chat("{\"user\":\"tijdens-" + asked + "\",\"text\":\"" + QUESTION + "\"}");
                assertEquals(200, more.statusCode(), more.body());
                assertTrue(more.body().contains("bekwaamheid-ketenpartners"), more.body());
                asked++;
            }
            HttpResponse<String> laterMelden =
                    chat("{\"user\":\"tijdens-laat\",\"location\":\"de-linde\",\"text\":\"melden\"}");
            assertTrue(laterMelden.body().contains("Bij acuut gevaar: bel 112."), laterMelden.body());
        } finally {
            PROXY.start();
        }

        // back without a restart: the next feedback is stored (after the 1 s pause and a fresh connection)
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    chat(feedback("na"));
                    return storedFeedback() >= 2;
                });
        // the recognition counts of the questions asked during the outage waited in memory and are in
        int recognised = asked + 2; // and the first question and the unknown one
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> storedRecognitions() >= recognised);
    }
}
