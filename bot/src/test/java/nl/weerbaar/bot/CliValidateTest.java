package nl.weerbaar.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.CatalogSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliValidateTest {

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Writes the bundled catalogue into a folder, as an admin's copy would be. */
    static void copyBundled(Path folder) throws IOException {
        CatalogSource bundled = CatalogSource.bundled();
        for (String file : CatalogLoader.ALL_FILES) {
            Files.writeString(folder.resolve(file), bundled.read(file).orElseThrow(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundledCatalogueIsValidWithCounts() {
        Run run = run("validate");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("is geldig"), run.out());
        assertTrue(run.out().contains("3 thema's, 7 knelpunten, 21 interventies, 3 trainingen, 2 locaties"), run.out());
    }

    @Test
    void copiedFolderIsValid(@TempDir Path folder) throws IOException {
        copyBundled(folder);

        Run run = run("validate", folder.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains(folder.toString()), run.out());
    }

    @Test
    void brokenCopyExitsOneNamingFileAndProblem(@TempDir Path folder) throws IOException {
        copyBundled(folder);
        Path trainingen = folder.resolve("trainingen.yaml");
        Files.writeString(
                trainingen, Files.readString(trainingen).replace("- bekwaamheid-handelen", "- bekwaamheid-handelenn"));

        Run run = run("validate", folder.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("ONGELDIG: 1 probleem."), run.err());
        List<String> lines = Files.readAllLines(trainingen);
        int line = lines.indexOf(lines.stream()
                        .filter(l -> l.endsWith("- bekwaamheid-handelenn"))
                        .findFirst()
                        .orElseThrow())
                + 1;
        int column = lines.get(line - 1).indexOf("bekwaamheid-handelenn") + 1;
        assertTrue(
                run.err().contains("trainingen.yaml:" + line + ":" + column + " (trainingen["),
                () -> "expected the misspelled id's own line " + line + " and column " + column + ": " + run.err());
        assertTrue(run.err().contains("Onbekend knelpunt-id 'bekwaamheid-handelenn'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingFolderExitsOne(@TempDir Path folder) {
        Run run = run("validate", folder.resolve("bestaat-niet").toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Map niet gevonden"), run.err());
    }
}
