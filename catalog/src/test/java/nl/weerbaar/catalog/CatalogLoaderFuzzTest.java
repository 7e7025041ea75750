package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.weerbaar.fuzz.Fuzz;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz target {@code catalog-loader}: any text in any one of the catalogue's files, the others
 * bundled. Input: the file's name on the first line (any other first line picks a file by its
 * hash), then its text. Invariant: the loader never throws, and yields either a catalogue or a
 * non-empty problem list, never both (which {@link LoadResult} also enforces on construction).
 */
class CatalogLoaderFuzzTest {
    static final String TARGET = "catalog-loader";

    static void check(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1);
        String file = CatalogLoader.ALL_FILES.contains(first)
                ? first
                : CatalogLoader.ALL_FILES.get(Math.floorMod(first.hashCode(), CatalogLoader.ALL_FILES.size()));
        CatalogSource bundled = CatalogSource.bundled();
        CatalogSource source = new CatalogSource() {
            @Override
            public String description() {
                return "fuzz";
            }

            @Override
            public Optional<String> read(String name) throws java.io.IOException {
                return name.equals(file) ? Optional.of(body) : bundled.read(name);
            }
        };
        LoadResult result = CatalogLoader.load(source);
        assertNotNull(result);
        if (result.catalog().isPresent()) {
            assertTrue(result.problems().isEmpty());
        } else {
            assertFalse(result.problems().isEmpty());
            result.problems().forEach(p -> assertNotNull(p.toString()));
        }
    }

    @TestFactory
    Stream<DynamicTest> corpus() {
        return Fuzz.replay(TARGET, CatalogLoaderFuzzTest::check);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shortRun() {
        Fuzz.run(TARGET, 200, CatalogLoaderFuzzTest::check, CatalogLoaderFuzzTest::generate);
    }

    /** A third of the tries: a file name and hostile text; the rest mutate the corpus. */
    private static byte[] generate(Random random) {
        if (random.nextInt(3) != 0) {
            return null;
        }
        String file = CatalogLoader.ALL_FILES.get(random.nextInt(CatalogLoader.ALL_FILES.size()));
        return (file + "\n" + Fuzz.hostileString(random, 2000)).getBytes(StandardCharsets.UTF_8);
    }

    /** Coverage-guided: {@code JAZZER_FUZZ=1 mvn test -pl catalog -Dtest=CatalogLoaderFuzzTest#fuzz}. */
    @FuzzTest(maxDuration = "5m")
    void fuzz(byte[] input) {
        check(input);
    }
}
