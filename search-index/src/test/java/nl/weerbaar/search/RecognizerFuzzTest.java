package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.weerbaar.fuzz.Fuzz;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target {@code recognizer}: any string (UTF-8 decoded, and also as raw chars so that lone
 * surrogates reach the analyser). Invariant: never throws, at most three matches with scores in
 * [0,1] and known knelpunt ids, urgent implies signal, an answer has a candidate, the catalogue
 * version is the recogniser's. Speed is bounded by the timeouts, not asserted.
 */
class RecognizerFuzzTest {
    static final String TARGET = "recognizer";
    private static final nl.weerbaar.catalog.Catalog CATALOG = Fixtures.bundled();
    private static final Recognizer RECOGNIZER = Recognizer.build(CATALOG);

    static void check(byte[] input) {
        checkText(new String(input, StandardCharsets.UTF_8));
        // the same bytes as UTF-16 code units: lone surrogates and any char survive
        char[] chars = new char[input.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((input[2 * i] & 0xff) << 8) | (input[2 * i + 1] & 0xff));
        }
        checkText(new String(chars));
    }

    static void checkText(String text) {
        Recognition r = RECOGNIZER.recognize(text);
        assertNotNull(r);
        assertEquals(RECOGNIZER.catalogVersion(), r.catalogVersion());
        assertTrue(r.knelpunten().size() <= 3, "at most three matches");
        for (Match m : r.knelpunten()) {
            assertTrue(m.score() >= 0 && m.score() <= 1, "score in [0,1]");
            assertTrue(CATALOG.knelpunt(m.knelpuntId()).isPresent(), "known knelpunt");
        }
        assertTrue(!r.urgent() || r.signal(), "urgent implies signal");
        assertNotNull(r.decision());
        if (r.decision() == Decision.ANSWER) {
            assertTrue(!r.knelpunten().isEmpty(), "an answer has a candidate");
        }
        r.matchedWords().forEach(w -> assertNotNull(w));
    }

    @TestFactory
    Stream<DynamicTest> corpus() {
        return Fuzz.replay(TARGET, RecognizerFuzzTest::check);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shortRun() {
        Fuzz.run(TARGET, 500, RecognizerFuzzTest::check, RecognizerFuzzTest::generate);
    }

    /** Half the tries: hostile strings, sometimes huge; the other half mutate the corpus. */
    private static byte[] generate(Random random) {
        if (random.nextBoolean()) {
            return null;
        }
        int max = random.nextInt(20) == 0 ? 120_000 : 400;
        return Fuzz.hostileString(random, max).getBytes(StandardCharsets.UTF_16BE);
    }

    /** Coverage-guided: {@code JAZZER_FUZZ=1 mvn test -pl search-index -Dtest=RecognizerFuzzTest#fuzz -Djazzer.hooks=true}. */
    @FuzzTest(maxDuration = "5m")
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void fuzz(byte[] input) {
        check(input);
    }
}
