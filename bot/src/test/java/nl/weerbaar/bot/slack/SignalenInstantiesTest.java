package nl.weerbaar.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.weerbaar.bot.TestClock;
import nl.weerbaar.bot.WeerbaarApplication;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.signals.Melden;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whole applications started and stopped in the test, with WireMock as Slack: a signal committed
 * while no instance runs jobs is delivered by the next one (on the same H2 file); two instances on
 * one PostgreSQL deliver each signal once and fire each escalation once.
 */
class SignalenInstantiesTest {
    static final String SANNE = "U0LINDE01";
    static final String AHMED = "U0LINDE02";
    static final String FEMKE = "U0ADMIN01";
    static final String PG_URL =
            System.getProperty("weerbaar.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = System.getProperty("weerbaar.test.postgres.user", "postgres");

    final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @TempDir
    Path data;

    @BeforeEach
    void slack() {
        SlackHttpTest.stubAuthTest();
        SlackHttpTest.SLACK.stubFor(post(urlEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":true,\"channel\":\"D1\",\"ts\":\"1.2\"}")));
        SlackHttpTest.SLACK.stubFor(
                post(urlEqualTo("/api/users.info")).willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
    }

    @AfterEach
    void stop() {
        contexts.forEach(ConfigurableApplicationContext::close);
        TestClock.CLOCK.reset();
    }

    ConfigurableApplicationContext start(String url, String user, String schema, boolean jobs) {
        List<String> props = new ArrayList<>(List.of(
                "server.port=0",
                "spring.main.banner-mode=off",
                "spring.datasource.url=" + url,
                "spring.datasource.username=" + user,
                "spring.datasource.password=",
                "SLACK_BOT_TOKEN=xoxb-test-token",
                "SLACK_SIGNING_SECRET=" + SlackHttpTest.SECRET,
                "weerbaar.slack.api-url=" + SlackHttpTest.SLACK.baseUrl() + "/api/",
                "weerbaar.signalen.scheduler.enabled=" + jobs));
        if (schema != null) {
            props.add("spring.flyway.schemas=" + schema);
        }
        // first in the environment: they win over application.properties (builder properties would not)
        Map<String, Object> map = new LinkedHashMap<>();
        props.forEach(p -> map.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1)));
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", map));
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(
                        WeerbaarApplication.class, TestClock.Config.class)
                .environment(env)
                .run();
        contexts.add(ctx);
        return ctx;
    }

    static List<Map<String, String>> dms(String user, String ref) {
        return SlackHttpTest.calls("chat.postMessage", "channel", user).stream()
                .filter(c -> c.getOrDefault("blocks", "").contains(ref))
                .toList();
    }

    @Test
    void signalCommittedWhileNoInstanceRunsJobsIsDeliveredAfterTheRestart() {
        String h2 = "jdbc:h2:file:" + data.resolve("weerbaar") + ";DB_CLOSE_ON_EXIT=FALSE";
        ConfigurableApplicationContext eerste = start(h2, "sa", null, false);
        String ref = Melden.meld(
                eerste.getBean(Gesprek.class),
                Afzender.web("leraar-" + UUID.randomUUID()),
                "de-linde",
                "Leerling wordt opgehaald door onbekenden in een dure auto.",
                false);
        assertEquals(
                1,
                eerste.getBean(JdbcClient.class)
                        .sql("select count(*) from scheduled_tasks where task_name = 'signaal-bezorgen'")
                        .query(Integer.class)
                        .single(),
                "the delivery job was committed with the signal");
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> dms(SANNE, ref).isEmpty());
        eerste.close();

        start(h2, "sa", null, true);

        await().atMost(Duration.ofSeconds(20)).until(() -> dms(SANNE, ref).size() == 1);
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> dms(SANNE, ref).size() == 1);
    }

    @Test
    void twoInstancesOnOnePostgresDeliverEverySignalOnceAndEscalateOnce() throws Exception {
        String schema = "weerbaar_test_" + UUID.randomUUID().toString().replace("-", "");
        String url = PG_URL + "?currentSchema=" + schema;
        try {
            ConfigurableApplicationContext a = start(url, PG_USER, schema, true);
            start(url, PG_USER, schema, true);
            Gesprek gesprek = a.getBean(Gesprek.class);
            List<String> refs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                refs.add(Melden.meld(
                        gesprek,
                        Afzender.web("leraar-" + UUID.randomUUID()),
                        "de-linde",
                        "Leerling staat op de uitkijk, melding " + i + ".",
                        true));
            }
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> refs.stream().allMatch(r -> dms(SANNE, r).size() == 1));

            TestClock.CLOCK.move(Duration.ofMinutes(16));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> refs.stream().allMatch(r -> dms(AHMED, r).size() == 1));
            TestClock.CLOCK.move(Duration.ofMinutes(16));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> refs.stream().allMatch(r -> dms(FEMKE, r).size() == 1));

            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> refs.stream()
                            .allMatch(r -> dms(SANNE, r).size() == 1
                                    && dms(AHMED, r).size() == 1
                                    && dms(FEMKE, r).size() == 1));
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            for (String r : refs) {
                assertEquals(
                        2,
                        jdbc.sql("select count(*) from signaal_audit a join signaal s on s.id = a.signaal_id"
                                        + " where s.referentie = :ref and a.actie = 'GEESCALEERD'")
                                .param("ref", r)
                                .query(Integer.class)
                                .single(),
                        "each escalation fired once");
            }
            assertTrue(jdbc.sql("select count(distinct picked_by) from scheduled_tasks")
                            .query(Integer.class)
                            .single()
                    <= 2);
        } finally {
            contexts.forEach(ConfigurableApplicationContext::close);
            contexts.clear();
            try (var connection = DriverManager.getConnection(PG_URL, PG_USER, "");
                    var statement = connection.createStatement()) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
