package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The bundled catalogue holds the customer's document verbatim: every text, in order. */
class SeedFidelityTest {

    /** Where CI puts the shared folder: beside the repository, seen from the module folder. */
    private static final Path SHARED_SEED = Path.of("..", "..", "shared", "seed", "weerbare-school.txt");

    private static final Path COMMITTED_SEED = Path.of("src", "test", "resources", "seed", "weerbare-school.txt");

    private static SeedDocument seed;
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        seed = SeedDocument.parse();
        catalog = CatalogLoader.loadBundled().orElseThrow();
    }

    @Test
    void seedParserFindsTheDocumentsThreeThemesSevenKnelpuntenTwentyOneInterventiesThreeTrainingen() {
        assertEquals(List.of("Bewustwording", "Bereidheid", "Bekwaamheid"), seed.themas());
        assertEquals(7, seed.rows().size());
        assertEquals(
                21, seed.rows().stream().mapToInt(r -> r.interventies().size()).sum());
        seed.rows().forEach(r -> assertEquals(3, r.interventies().size(), r.knelpunt()));
        assertEquals(3, seed.trainingen().size());
    }

    @Test
    void bundledCatalogueHasThreeThemasSevenKnelpuntenTwentyOneInterventiesThreeTrainingen() {
        assertEquals(3, catalog.themas().size());
        assertEquals(7, catalog.knelpunten().size());
        assertEquals(
                21,
                catalog.knelpunten().stream()
                        .mapToInt(k -> k.interventies().size())
                        .sum());
        assertEquals(3, catalog.trainingen().size());
    }

    @Test
    void themaNamesAndTheirKnelpuntenFollowTheDocument() {
        assertEquals(seed.themas(), catalog.themas().stream().map(Thema::naam).toList());
        for (Thema thema : catalog.themas()) {
            List<String> expected = seed.rows().stream()
                    .filter(r -> r.thema().equals(thema.naam()))
                    .map(SeedDocument.Row::knelpunt)
                    .toList();
            assertEquals(
                    expected,
                    thema.knelpunten().stream().map(Knelpunt::tekst).toList(),
                    "knelpunten of " + thema.naam());
        }
    }

    @Test
    void everyKnelpuntTextIsVerbatimFromTheDocumentInOrder() {
        assertEquals(
                seed.rows().stream().map(SeedDocument.Row::knelpunt).toList(),
                catalog.knelpunten().stream().map(Knelpunt::tekst).toList());
    }

    @Test
    void everyInterventieTextIsVerbatimFromTheDocumentInOrderPerKnelpunt() {
        List<Knelpunt> knelpunten = catalog.knelpunten();
        assertEquals(seed.rows().size(), knelpunten.size());
        List<Executable> checks = new ArrayList<>();
        IntStream.range(0, knelpunten.size())
                .forEach(i -> checks.add(() -> assertEquals(
                        seed.rows().get(i).interventies(),
                        knelpunten.get(i).interventies(),
                        "interventies of " + knelpunten.get(i).id())));
        assertAll(checks);
    }

    @Test
    void everyTrainingIsVerbatimFromTheDocument() {
        assertEquals(seed.trainingen().size(), catalog.trainingen().size());
        for (int i = 0; i < seed.trainingen().size(); i++) {
            SeedDocument.SeedTraining expected = seed.trainingen().get(i);
            Training actual = catalog.trainingen().get(i);
            assertEquals(expected.naam(), actual.naam());
            assertEquals(expected.voor(), actual.voor(), "Voor-regel of " + expected.naam());
            assertEquals(expected.beschrijving(), actual.beschrijving(), "beschrijving of " + expected.naam());
            assertEquals(expected.lostOp(), actual.lostOpTekst(), "Lost op of " + expected.naam());
        }
    }

    @Test
    void introductionAndTrainingenIntroductionAreVerbatimFromTheDocument() {
        assertEquals(seed.introductie(), catalog.introductie().paragrafen());
        assertEquals(seed.trainingenInleiding(), catalog.introductie().trainingenInleiding());
    }

    @Test
    void legalFrameQuotesTheDocumentsWetVrijEnVeiligOnderwijsSentenceVerbatim() {
        List<String> sentences = seed.sentencesContaining("Wet Vrij en Veilig Onderwijs");
        assertEquals(1, sentences.size(), "the document names the law in one sentence");
        WettelijkKader kader = catalog.wettelijkKader();
        assertEquals(sentences.get(0), kader.bron());
        assertEquals("Wet Vrij en Veilig Onderwijs", kader.naam());
        assertEquals(2026, kader.jaar());
    }

    @Test
    void committedSeedCopyEqualsTheSharedSeedByteForByte() throws IOException {
        assumeTrue(
                Files.isRegularFile(SHARED_SEED),
                "no shared folder beside the repository (" + SHARED_SEED.toAbsolutePath() + ")");
        assertArrayEquals(
                Files.readAllBytes(SHARED_SEED),
                Files.readAllBytes(COMMITTED_SEED),
                "src/test/resources/seed/weerbare-school.txt differs from " + SHARED_SEED.normalize()
                        + ": copy it again");
    }
}
