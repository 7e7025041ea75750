package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as editors and attackers produce them: a BOM, Windows line endings, YAML bombs. */
class HostileInputTest {

    private static final Duration NO_HANG = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final Catalog bundled = CatalogLoader.loadBundled().orElseThrow();

    private void rewriteEveryFile(java.util.function.UnaryOperator<String> change) throws IOException {
        CatalogFixtures.copyOfBundled(folder);
        for (String file : CatalogLoader.ALL_FILES) {
            Path path = folder.resolve(file);
            Files.writeString(
                    path, change.apply(Files.readString(path, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
    }

    private static void assertSameContent(Catalog expected, Catalog actual) {
        assertEquals(expected.introductie(), actual.introductie());
        assertEquals(expected.wettelijkKader(), actual.wettelijkKader());
        assertEquals(expected.themas(), actual.themas());
        assertEquals(expected.trainingen(), actual.trainingen());
        assertEquals(expected.directory(), actual.directory());
        assertEquals(expected.herkenning(), actual.herkenning());
    }

    @Test
    void utf8ByteOrderMarkAtTheStartOfEveryFileIsIgnored() throws IOException {
        rewriteEveryFile(text -> "\uFEFF" + text);

        LoadResult result = CatalogLoader.load(folder);

        assertEquals(List.of(), result.problems());
        assertSameContent(bundled, result.orElseThrow());
        assertEquals(bundled.checksum(), result.orElseThrow().checksum(), "a BOM does not change the version");
    }

    @Test
    void windowsLineEndingsGiveTheSameCatalogueWithoutCarriageReturnsInAnyText() throws IOException {
        rewriteEveryFile(text -> text.replace("\n", "\r\n"));
        assertTrue(Files.readString(folder.resolve("synoniemen.txt")).contains("\r\n"));

        LoadResult result = CatalogLoader.load(folder);

        assertEquals(List.of(), result.problems());
        Catalog catalog = result.orElseThrow();
        assertSameContent(bundled, catalog);
        assertFalse(catalog.toString().contains("\r"), "no carriage return in any loaded text");
    }

    @Test
    void billionLaughsAliasBombIsRejectedWithAClearProblemWithoutHanging() {
        CatalogFixtures.bundledWith(folder, "hostile/alias-bom");

        LoadResult result = assertTimeoutPreemptively(NO_HANG, () -> CatalogLoader.load(folder));

        assertEquals(
                List.of(new Problem(
                        "catalogus.yaml",
                        "",
                        8,
                        21,
                        "Dit bestand verwijst meer dan 10 keer met een YAML-alias (*naam) naar een lijst of een groep"
                                + " velden. Zo kan een klein bestand onbeperkt groot worden; schrijf de lijst voluit in"
                                + " plaats van met &naam en *naam.")),
                result.problems());
        assertTrue(result.catalog().isEmpty());
    }

    @Test
    void deeplyNestedListsAreRejectedWithAClearProblemInsteadOfAStackOverflow() {
        CatalogFixtures.bundledWith(folder, "hostile/diepe-nesting");

        LoadResult result = assertTimeoutPreemptively(NO_HANG, () -> CatalogLoader.load(folder));

        assertEquals(
                List.of(new Problem(
                        "catalogus.yaml",
                        "",
                        4,
                        77,
                        "Lijsten en velden staan hier meer dan 64 lagen diep in elkaar. Zo diep gaat geen"
                                + " catalogusbestand; het bestand is waarschijnlijk beschadigd.")),
                result.problems());
    }

    @Test
    void aFewAliasesToTextsAreHarmlessAndRead() throws IOException {
        CatalogFixtures.copyOfBundled(folder);
        Path catalogus = folder.resolve("catalogus.yaml");
        String text = Files.readString(catalogus, StandardCharsets.UTF_8);
        String zin = "\"Gebruik de tabel als gespreksstarter";
        Files.writeString(
                catalogus,
                text.replaceFirst("  - " + zin, "  - &wet " + zin)
                        .replaceFirst("  bron: " + zin + "[^\n]*", "  bron: *wet"),
                StandardCharsets.UTF_8);

        Catalog catalog = CatalogLoader.load(folder).orElseThrow();

        assertEquals(bundled.wettelijkKader().bron(), catalog.wettelijkKader().bron());
    }
}
