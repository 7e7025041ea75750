package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecognizerHolderTest {
    private static final List<String> QUERIES = List.of(
            "Wie is het aanspreekpunt voor signalen?",
            "Het thema leeft niet bij collega's",
            "De samenwerking met de wijkagent is slecht",
            "We hebben geen zicht op drugshandel rond school",
            "Hoe maken we dit bespreekbaar?",
            "Er is onvoldoende interculturele sensitiviteit",
            "Ik zag nu een leerling met een mes bij het hek",
            "Goedemorgen",
            "");

    /** A second catalogue from disk: the bundled one with only a handful of synonym rules. */
    private static Catalog changed(Path folder) throws Exception {
        Fixtures.copyBundled(folder);
        Files.writeString(
                folder.resolve("synoniemen.txt"), "# test\nmes, steekwapen\ndrugs, wiet\n", StandardCharsets.UTF_8);
        return CatalogLoader.load(folder).orElseThrow();
    }

    /**
     * The swap test rebuilds a hundred times: it uses the first phrasings of each knelpunt only, so
     * that a build takes milliseconds and the test is about the swap, not the training.
     */
    @Test
    void eightReadersSeeOnlyWholeRecognitionsWhileTheIndexIsSwappedAHundredTimes(@TempDir Path dir) throws Exception {
        Catalog a = Fixtures.fewPhrasings(Fixtures.bundled(), 12);
        Catalog b = Fixtures.fewPhrasings(changed(dir), 12);
        assertNotEquals(a.versie(), b.versie());
        Map<String, Map<String, Recognition>> expected = new HashMap<>();
        for (Catalog c : List.of(a, b)) {
            Recognizer r = Recognizer.build(c);
            Map<String, Recognition> answers = new HashMap<>();
            QUERIES.forEach(q -> answers.put(q, r.recognize(q)));
            expected.put(c.versie(), answers);
        }
        assertFalse(
                QUERIES.stream()
                        .allMatch(q -> expected.get(a.versie())
                                .get(q)
                                .knelpunten()
                                .equals(expected.get(b.versie()).get(q).knelpunten())),
                "the two catalogues must give different answers for the test to mean anything");

        RecognizerHolder holder = new RecognizerHolder(Recognizer.build(a));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger seen = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(8);
        for (int t = 0; t < 8; t++) {
            int offset = t;
            pool.submit(() -> {
                started.countDown();
                int i = offset;
                while (!done.get()) {
                    String q = QUERIES.get(i++ % QUERIES.size());
                    try {
                        Recognition r = holder.recognize(q);
                        Map<String, Recognition> answers = expected.get(r.catalogVersion());
                        if (answers == null) {
                            errors.add("unknown catalogue version " + r.catalogVersion());
                        } else if (!answers.get(q).equals(r)) {
                            errors.add("mixed answer for '" + q + "': " + r);
                        }
                        seen.incrementAndGet();
                    } catch (RuntimeException e) {
                        errors.add(e.toString());
                    }
                }
            });
        }
        started.await();
        for (int swap = 0; swap < 100; swap++) {
            ReindexResult result = holder.reindex(swap % 2 == 0 ? b : a);
            assertTrue(result.swapped(), result.toString());
        }
        done.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors, first: " + errors.peek());
        assertTrue(seen.get() > 0);
        assertEquals(a.versie(), holder.current().catalogVersion(), "100 swaps end on the first catalogue");
    }

    @Test
    void aFailingBuildLeavesTheOldRecognizerServing() {
        Catalog good = Fixtures.bundled();
        RecognizerHolder holder = new RecognizerHolder(Recognizer.build(good));
        Recognizer before = holder.current();
        Catalog broken = Fixtures.withSynoniemen(good, List.of("???, vraagteken"));

        ReindexResult result = holder.reindex(broken);

        assertFalse(result.swapped());
        assertTrue(result.error().isPresent());
        assertTrue(result.error().get().contains("???"), result.error().get());
        assertEquals(good.versie(), result.servingVersion());
        assertTrue(before == holder.current(), "the same recogniser keeps serving");
        assertEquals(before.recognize("Wie is verantwoordelijk?"), holder.recognize("Wie is verantwoordelijk?"));
    }

    @Test
    void aSuccessfulReindexSwapsAndReportsTheNewVersion(@TempDir Path dir) throws Exception {
        Catalog b = changed(dir);
        RecognizerHolder holder = new RecognizerHolder(Recognizer.build(Fixtures.bundled()));
        ReindexResult result = holder.reindex(b);
        assertTrue(result.swapped());
        assertEquals(b.versie(), result.servingVersion());
        assertEquals(b.versie(), holder.recognize("mes").catalogVersion());
    }
}
