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
 * Recognition latency for a 20-word message and a 120-word story on the bundled catalogue and for
 * a 20-word message on a synthetic catalogue 100 times larger, and the time to rebuild (index and
 * train) both. Sample-time mode: JMH reports percentiles, p99 included.
 *
 * <pre>
 * mvn -B -pl search-index -am -Pbench package -DskipTests
 * java -Xmx4g -jar search-index/target/benchmarks.jar -t 1 -f 1
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RecognitionBenchmark {

    /** About 20 words each, in the voices teachers use (tidy, phone-typed, formal, out of scope). */
    static final List<String> MESSAGES = List.of(
            "Wie is bij ons eigenlijk het aanspreekpunt als ik me zorgen maak over een leerling uit mijn mentorklas?",
            "ff vraagje, in mijn team wil niemand t over drugs hebben, hoe krijg ik dat gesprek wel op gang?",
            "Graag verneem ik hoe wij de samenwerking met de wijkagent en leerplicht structureel kunnen verbeteren dit schooljaar.",
            "Ik zag vanochtend een jongen uit 3 kader met een mes in zijn tas bij het fietsenhok staan.",
            "Kan iemand mij vertellen wanneer de ouderavond van de tweede klassen precies gepland staat dit najaar?");

    /** About 120 words each: context around the sentence that carries the knelpunt. */
    static final List<String> STORIES = List.of(
            "Ik ben sinds september mentor van 2b en geef daarnaast aardrijkskunde in de bovenbouw. Het is een drukke"
                    + " periode met de toetsweek en de ouderavonden, dus ik kom pas nu aan dit bericht toe. Vorige week"
                    + " vertelde een collega in de koffiepauze dat een oud-leerling is opgepakt voor het rondbrengen van"
                    + " pakketjes. Achteraf zagen we allemaal de signalen: nieuwe kleding, veel verzuim op maandag,"
                    + " andere vrienden. Maar niemand heeft die stukjes destijds bij elkaar gelegd, omdat verzuim,"
                    + " zorgdossier en meldingen bij ons in drie verschillende systemen staan. Ik vraag me af hoeveel"
                    + " leerlingen nu op dezelfde manier onder de radar blijven. Hoe krijgen we als school beter in beeld"
                    + " wat er speelt? Alvast bedankt voor het meedenken, groetjes, Marieke",
            "Sorry voor het lange bericht, ik typ het even snel tussen twee lessen door. Op de studiedag in oktober kwam"
                    + " een rechercheur vertellen over jongeren die worden geronseld, en iedereen was onder de indruk."
                    + " Nu is het maart en het onderwerp is weer helemaal verdwenen: in de sectievergaderingen gaat het"
                    + " over het rooster, de nieuwe methode en de formatie. Als ik er in de lerarenkamer over begin, hoor"
                    + " ik dat het hier niet speelt en dat het gewoon pubers zijn. Ik sta er een beetje alleen in."
                    + " Hoe zorg ik ervoor dat dit thema blijvend aandacht krijgt bij mijn collega's, bijvoorbeeld met"
                    + " een korte kennissessie of cijfers uit onze eigen gemeente? Dank je wel alvast!",
            "Goedemiddag, graag leg ik u het volgende voor. Ik werk als teamleider op een vmbo-locatie met ongeveer"
                    + " vierhonderd leerlingen en we hebben net een reorganisatie achter de rug. Vorige maand meldde"
                    + " een mentor dat een leerling onder druk wordt gezet om spullen te bewaren voor oudere jongens."
                    + " De melding ging van de mentor naar de zorgcoördinator, daarna naar de afdelingsleider en"
                    + " uiteindelijk weer terug naar de mentor, zonder dat iemand actie ondernam. Niemand wist wie de"
                    + " regie had of wie contact moest opnemen met de ouders. Welke aanpak adviseert u om vast te leggen"
                    + " wie waarvoor verantwoordelijk is bij dit soort signalen? Met vriendelijke groet, Peter");

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
        Catalog catalog;

        @Setup(Level.Trial)
        public void build() {
            catalog = SyntheticCatalog.scale(CatalogLoader.loadBundled().orElseThrow(), 100, 42);
            recognizer = Recognizer.build(catalog);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        String from(List<String> texts) {
            String q = texts.get(next % texts.size());
            next++;
            return q;
        }
    }

    @Benchmark
    public Recognition recognizeTwentyWords(Bundled state, Cursor cursor) {
        return state.recognizer.recognize(cursor.from(MESSAGES));
    }

    @Benchmark
    public Recognition recognizeStory(Bundled state, Cursor cursor) {
        return state.recognizer.recognize(cursor.from(STORIES));
    }

    @Benchmark
    public Recognition recognizeTwentyWordsHundredTimesLarger(Large state, Cursor cursor) {
        return state.recognizer.recognize(cursor.from(MESSAGES));
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Recognizer reindexBundled(Bundled state) {
        return Recognizer.build(state.catalog);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Recognizer reindexHundredTimesLarger(Large state) {
        return Recognizer.build(state.catalog);
    }
}
