package nl.weerbaar.bot.admin;

import static nl.weerbaar.bot.admin.AdminFixtures.INTERVENTIE_A;
import static nl.weerbaar.bot.admin.AdminFixtures.INTERVENTIE_B;
import static nl.weerbaar.bot.admin.AdminFixtures.JSON;
import static nl.weerbaar.bot.admin.AdminFixtures.TOKEN;
import static nl.weerbaar.bot.admin.AdminFixtures.VRAAG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * No downtime: 50 clients keep asking the web chat over HTTP while the catalogue folder is
 * reindexed 20 times, alternating between two catalogues that answer differently. No request
 * fails, and every reply comes wholly from one of the two versions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReindexUnderLoadTest {
    static final Path FOLDER;

    static {
        try {
            FOLDER = Files.createTempDirectory("weerbaar-reindex-load");
            AdminFixtures.schrijf(FOLDER, AdminFixtures.catalogusA());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:reindex-load;DB_CLOSE_DELAY=-1");
        registry.add("weerbaar.admin.token", () -> TOKEN);
        registry.add("weerbaar.catalog.path", FOLDER::toString);
    }

    @LocalServerPort
    int port;

    @Test
    void fiftyConcurrentChatsDuringTwentyReindexesAllSucceedAndEachReplyIsFromOneVersion() throws Exception {
        AdminFixtures.Instantie app = new AdminFixtures.Instantie(port);
        Map<String, String> interventieVan = new ConcurrentHashMap<>();
        interventieVan.put(reindex(app, AdminFixtures.catalogusB()), INTERVENTIE_B);
        interventieVan.put(reindex(app, AdminFixtures.catalogusA()), INTERVENTIE_A);

        int clients = 50;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicBoolean reindexing = new AtomicBoolean(true);
        AtomicInteger replies = new AtomicInteger();
        Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(clients);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String user = "load-" + c;
            futures.add(pool.submit(() -> {
                started.countDown();
                boolean first = true;
                while (reindexing.get() || first) {
                    first = false;
                    try {
                        JsonNode antwoord = app.chat(user, VRAAG);
                        String versie = antwoord.path("catalogusVersie").asString();
                        String verwacht = interventieVan.get(versie);
                        String gekregen = AdminFixtures.eersteInterventie(antwoord);
                        if (verwacht == null || !verwacht.equals(gekregen)) {
                            failures.add("version " + versie + " answered " + gekregen);
                        }
                        versionsSeen.add(versie);
                        replies.incrementAndGet();
                    } catch (Exception e) {
                        failures.add(e.toString());
                    }
                }
            }));
        }
        started.await(30, TimeUnit.SECONDS);
        for (int i = 0; i < 20; i++) {
            reindex(app, i % 2 == 0 ? AdminFixtures.catalogusB() : AdminFixtures.catalogusA());
        }
        reindexing.set(false);
        for (var f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(10, failures.size())));
        assertTrue(replies.get() >= clients, "replies: " + replies.get());
        assertEquals(interventieVan.keySet(), versionsSeen, "both versions were served during the test");
    }

    /**
     * Writes the catalogue with a small voorbeelden.yaml (12 phrasings per knelpunt): twenty
     * reindexes under fifty clients test the swap, and a full training each time would only make
     * the test slow.
     */
    private static String reindex(AdminFixtures.Instantie app, Map<String, String> catalogus) throws Exception {
        Map<String, String> klein = new java.util.LinkedHashMap<>(catalogus);
        try (var in = ReindexUnderLoadTest.class.getResourceAsStream("/admin/voorbeelden-klein.yaml")) {
            klein.put("voorbeelden.yaml", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        AdminFixtures.schrijf(FOLDER, klein);
        HttpResponse<String> r = app.post("/admin/reindex");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("versie").asString();
    }
}
