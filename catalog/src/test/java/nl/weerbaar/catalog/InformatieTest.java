package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * informatie.yaml: the bundled file holds the contacts table of the domain brief and the
 * informatievragen; a wrong entry is reported in Dutch at its line; a folder without the file
 * loads without informatievragen.
 */
class InformatieTest {

    @TempDir
    Path folder;

    @Test
    void bundledFileHoldsThePublicNumbersOfTheDomainBrief() {
        Informatie informatie = CatalogLoader.loadBundled().orElseThrow().informatie();

        assertEquals(
                List.of(
                        "Alarmnummer 112",
                        "Politie (wijkagent) 0900-8844",
                        "Veilig Thuis 0800-2000",
                        "Meld Misdaad Anoniem 0800-7000",
                        "Vertrouwensinspecteur (Inspectie van het Onderwijs) 0900-111 3111"),
                informatie.contacten().stream()
                        .map(c -> c.naam() + " " + c.telefoon())
                        .toList());
        Informatievraag anoniem = informatie.vraag("anoniem-melden").orElseThrow();
        assertEquals(
                List.of("Meld Misdaad Anoniem", "Veilig Thuis"),
                informatie.contactenVan(anoniem).stream().map(Contact::naam).toList());
        assertEquals(
                Aanvulling.BACKUP,
                informatie.vraag("aanspreekpunt-afwezig").orElseThrow().aanvulling());
        assertEquals(
                Aanvulling.WETTELIJK_KADER,
                informatie.vraag("wet-vrij-en-veilig-onderwijs").orElseThrow().aanvulling());
        assertEquals(
                Aanvulling.BESTE_ANTWOORD,
                informatie.vraag("engels").orElseThrow().aanvulling());
        assertTrue(
                informatie.vragen().stream().allMatch(v -> v.voorbeelden().size() >= 20),
                "every question has 20+ phrasings");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "onbekend-contact | 10 | 31 | vragen[0].contacten[1] | Onbekend contact-id 'meld-misdaad'. Gebruik een id uit de lijst 'contacten' bovenaan dit bestand.",
                "onbekende-aanvulling | 17 | 5 | vragen[1].aanvulling | Onbekende aanvulling 'groeten'. Kies uit: geen, aanspreekpunt, backup, wettelijkKader, besteAntwoord.",
                "te-weinig-zinnen | 17 | 5 | vragen[1].voorbeelden | Informatievraag 'groet' heeft minder dan 3 voorbeeldzinnen. Zonder voorbeelden wordt ze slecht herkend.",
                "telefoon-met-letters | 5 | 5 | contacten[0].telefoon | Het telefoonnummer '0800-VEILIG' mag alleen cijfers, spaties en streepjes bevatten (zoals '0800-2000').",
                "zin-ook-in-voorbeelden | 20 | 9 | vragen[1].voorbeelden[2] | 'Wat is het rooster voor volgende week?' staat ook in voorbeelden.yaml bij buitenBereik. Een voorbeeldzin hoort bij één antwoord: haal hem op een van beide plekken weg.",
            })
    void aWrongEntryIsReportedInDutchAtItsKeysLineAndColumn(
            String fixture, int line, int column, String path, String message) {
        CatalogFixtures.bundledWith(folder, "informatie-fout/" + fixture);

        LoadResult result = CatalogLoader.load(folder);

        assertEquals(List.of(new Problem("informatie.yaml", path, line, column, message)), result.problems());
    }

    @Test
    void aFolderWithoutInformatieLoadsWithoutInformatievragen() throws IOException {
        CatalogFixtures.copyOfBundled(folder);
        Files.delete(folder.resolve("informatie.yaml"));

        LoadResult result = CatalogLoader.load(folder);

        assertEquals(List.of(), result.problems());
        assertEquals(Informatie.LEEG, result.orElseThrow().informatie());
    }
}
