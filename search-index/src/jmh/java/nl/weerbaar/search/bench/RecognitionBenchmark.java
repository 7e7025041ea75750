package nl.weerbaar.search.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.search.Recognition;
import nl.weerbaar.search.Recognizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Recognition latency on the bundled catalogue and on a synthetic one 100 times larger, and the
 * time to rebuild the bundled index. Sample-time mode: JMH reports percentiles, p99 included.
 *
 * <pre>
 * mvn -B -pl search-index -Pbench package -DskipTests
 * java -jar search-index/target/benchmarks.jar -t 1 -f 1
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RecognitionBenchmark {

    /** Teacher-like questions of different lengths and kinds (in scope, out of scope, typos, signals). */
    static final List<String> QUERIES = List.of(
            "Wie is het aanspreekpunt als ik me zorgen maak over een leerling?",
            "Het thema jeugdcriminaliteit leeft niet bij mijn collega's, hoe krijg ik het op de agenda?",
            "samenwerkign met de wijkagent loopt slecht",
            "Ik zag vandaag een leerling met een mes in zijn tas bij het fietsenhok.",
            "Hoe laat begint de ouderavond?",
            "Er is onvoldoende interculturele sensitiviteit in ons docententeam",
            "Hoe maken we het onderwerp drugs bespreekbaar in de teamvergadering zonder dat collega's afhaken?",
            "protocol chantage sextortion",
            "Goedemorgen",
            "We hebben geen zicht op wat er online en op straat gebeurt met onze leerlingen en willen signalen leren herkennen.");

    @State(Scope.Benchmark)
    public static class Bundled {
        Recognizer recognizer;
        Catalog catalog;

        @Setup(Level.Trial)
        public void build() {
            catalog = CatalogLoader.loadBundled().orElseThrow();
            recognizer = Recognizer.build(catalog);
        }
    }

    @State(Scope.Benchmark)
    public static class Large {
        Recognizer recognizer;

        @Setup(Level.Trial)
        public void build() {
            Catalog large = SyntheticCatalog.scale(CatalogLoader.loadBundled().orElseThrow(), 100, 42);
            recognizer = Recognizer.build(large);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        String query() {
            String q = QUERIES.get(next);
            next = (next + 1) % QUERIES.size();
            return q;
        }
    }

    @Benchmark
    public Recognition recognizeBundled(Bundled state, Cursor cursor) {
        return state.recognizer.recognize(cursor.query());
    }

    @Benchmark
    public Recognition recognizeHundredTimesLarger(Large state, Cursor cursor) {
        return state.recognizer.recognize(cursor.query());
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Recognizer reindexBundled(Bundled state) {
        return Recognizer.build(state.catalog);
    }
}
