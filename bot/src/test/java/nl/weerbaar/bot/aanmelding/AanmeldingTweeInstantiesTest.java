package nl.weerbaar.bot.aanmelding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.weerbaar.bot.WeerbaarApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the application on one PostgreSQL database (127.0.0.1:5432, database {@code
 * test}, a schema of its own) behind one host name, as behind a load balancer: a session started
 * on one is valid on the other, and a logout on one ends it on both (Spring Session JDBC, V70).
 */
class AanmeldingTweeInstantiesTest {
    static final String URL = System.getProperty("weerbaar.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("weerbaar.test.postgres.user", "postgres");
    static final String SCHEMA =
            "weerbaar_sessie_" + UUID.randomUUID().toString().replace("-", "");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static ConfigurableApplicationContext eerste;
    static ConfigurableApplicationContext tweede;

    @BeforeAll
    static void startTwoInstances() {
        eerste = start();
        tweede = start();
    }

    private static ConfigurableApplicationContext start() {
        String registratie = "--spring.security.oauth2.client.registration.entra.";
        return new SpringApplicationBuilder(WeerbaarApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA,
                        "--spring.datasource.username=" + USER,
                        "--spring.datasource.password=",
                        "--spring.flyway.schemas=" + SCHEMA,
                        registratie + "client-id=" + SchoolIdp.CLIENT_ID,
                        registratie + "client-secret=geheim",
                        registratie + "client-name=Microsoft",
                        registratie + "scope=openid,profile,email",
                        "--spring.security.oauth2.client.provider.entra.issuer-uri="
                                + SchoolIdp.IDP.issuerUrl("school"),
                        "--weerbaar.aanmelding.tenants=" + SchoolIdp.TENANT);
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
    void aSessionStartedOnOneInstanceIsValidOnTheOtherAndALogoutOnOneEndsItOnBoth() throws Exception {
        String a = "http://localhost:" + port(eerste);
        String b = "http://localhost:" + port(tweede);
        Bezoeker sanne = new Bezoeker();
        SchoolIdp.sanne();
        sanne.volg(a + "/oauth2/authorization/entra");
        assertEquals(200, sanne.get(a + "/inbox").statusCode(), "signed in on the first");

        HttpResponse<String> opTweede = sanne.get(b + "/inbox");
        assertEquals(200, opTweede.statusCode(), "the same cookie on the second");
        assertTrue(opTweede.body().contains("s.devries@voorbeeldcollege.example"), opTweede.body());

        Matcher token = CSRF.matcher(opTweede.body());
        assertTrue(token.find());
        HttpResponse<String> uit = sanne.stuur(HttpRequest.newBuilder(URI.create(b + "/uitloggen"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build());
        assertEquals(302, uit.statusCode(), "logged out on the second");

        assertEquals(303, sanne.get(a + "/inbox").statusCode(), "and no longer signed in on the first");
        assertEquals(303, sanne.get(b + "/inbox").statusCode());
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
