package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recognisers are immutable and thread-safe, and building one (which trains on all cores) does not
 * disturb the ones serving: eight readers recognise while a new recogniser is built and swapped in
 * a hundred times, the way the application swaps its catalogue (one reference, replaced only by a
 * finished build). Every answer is whole: exactly the answer of one of the two catalogues.
 */
class RecognizerSwapTest {
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

    private static final Duration READER_PAUSE = Duration.ofMillis(2);

    /** A second catalogue from disk: the bundled one with only a handful of synonym rules. */
    private static Catalog changed(Path folder) throws Exception {
        Fixtures.copyBundled(folder);
        Files.writeString(
                folder.resolve("synoniemen.txt"), "# test\nmes, steekwapen\ndrugs, wiet\n", StandardCharsets.UTF_8);
        return CatalogLoader.load(folder).orElseThrow();
    }

    /**
     * Rebuilds a hundred times from the first phrasings of each knelpunt only, so that a build is
     * quick and the test is about building beside serving, not about training.
     */
    @Test
    void eightReadersSeeOnlyWholeRecognitionsWhileARecognizerIsRebuiltAndSwappedAHundredTimes(@TempDir Path dir)
            throws Exception {
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

        AtomicReference<Recognizer> serving = new AtomicReference<>(Recognizer.build(a));
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
                        Recognition r = serving.get().recognize(q);
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
                    // readers pause between questions, as chats do, so that the builds are not starved
                    LockSupport.parkNanos(READER_PAUSE.toNanos());
                }
            });
        }
        started.await();
        for (int swap = 0; swap < 100; swap++) {
            serving.set(Recognizer.build(swap % 2 == 0 ? b : a));
        }
        done.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors, first: " + errors.peek());
        assertTrue(seen.get() > 0);
        assertEquals(a.versie(), serving.get().catalogVersion(), "100 swaps end on the first catalogue");
    }
}
