package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under src/test/resources/broken/ turns a copy of the bundled catalogue into one with
 * exactly one defect; the loader reports exactly that defect: file, line, path and message.
 */
class BrokenCatalogueTest {

    /** Stands for text the message may contain that the test does not pin (the YAML parser's words). */
    private static final String ANY = "[…]";

    /** Stands for the catalogue folder's absolute path in a message. */
    private static final String FOLDER = "[map]";

    @TempDir
    Path folder;

    record Expected(String fixture, String file, int line, int column, String path, String message) {
        @Override
        public String toString() {
            return fixture;
        }
    }

    static Stream<Expected> brokenCatalogues() {
        return Stream.of(
                new Expected(
                        "yaml-inspringing",
                        "catalogus.yaml",
                        47,
                        7,
                        "",
                        "Dit is geen geldige YAML (regel 47, kolom 7): " + ANY
                                + ". Controleer de inspringing, de dubbele punten en de aanhalingstekens."),
                new Expected(
                        "dubbel-knelpunt-id",
                        "catalogus.yaml",
                        76,
                        9,
                        "themas[2].knelpunten[2].id",
                        "Het knelpunt-id 'bewustwording-zicht' komt twee keer voor (ook op regel 28)."
                                + " Elk id moet uniek zijn."),
                new Expected(
                        "onbekend-knelpunt-in-training",
                        "trainingen.yaml",
                        24,
                        11,
                        "trainingen[0].lostOp.knelpunten[0]",
                        "Onbekend knelpunt-id 'bewustwording-zich'. Gebruik een id uit catalogus.yaml."),
                new Expected(
                        "knelpunt-zonder-tekst",
                        "catalogus.yaml",
                        52,
                        9,
                        "themas[1].knelpunten[1].tekst",
                        "Het veld 'tekst' ontbreekt."),
                new Expected(
                        "knelpunt-zonder-kort",
                        "catalogus.yaml",
                        51,
                        9,
                        "themas[1].knelpunten[1].kort",
                        "Het veld 'kort' ontbreekt."),
                new Expected(
                        "kort-te-lang",
                        "catalogus.yaml",
                        62,
                        9,
                        "themas[2].knelpunten[0].kort",
                        "De korte naam 'De school weet niet hoe te handelen' is 35 tekens; hoogstens 30 passen op een"
                                + " knop zonder afgebroken te worden."),
                new Expected(
                        "kort-dubbel",
                        "catalogus.yaml",
                        76,
                        9,
                        "themas[2].knelpunten[2].kort",
                        "De korte naam 'Handelen bij signalen' staat ook bij een ander knelpunt (regel 62). Elke knop"
                                + " moet te onderscheiden zijn."),
                new Expected(
                        "knelpunt-tekst-leeg",
                        "catalogus.yaml",
                        64,
                        9,
                        "themas[2].knelpunten[0].tekst",
                        "Het veld 'tekst' is leeg."),
                new Expected(
                        "locatie-zonder-aanspreekpunt",
                        "organisatie.yaml",
                        33,
                        5,
                        "locaties[1]",
                        "Deze locatie heeft geen aanspreekpunt. Elke locatie heeft een aanspreekpunt en een backup"
                                + " nodig."),
                new Expected(
                        "slack-id-dubbel",
                        "organisatie.yaml",
                        70,
                        5,
                        "medewerkers[1].slackUserId",
                        "De identiteit slackUserId 'U0LINDE01' hoort al bij Sanne de Vries. Elke identiteit mag maar"
                                + " bij één persoon horen."),
                new Expected(
                        "email-dubbel",
                        "organisatie.yaml",
                        46,
                        7,
                        "locaties[1].backup.email",
                        "De identiteit email 's.devries@voorbeeldcollege.example' hoort al bij Sanne de Vries. Elke"
                                + " identiteit mag maar bij één persoon horen."),
                new Expected(
                        "account-ongeldig",
                        "organisatie.yaml",
                        50,
                        11,
                        "locaties[1].backup.accounts[0]",
                        "'joost-prive' is geen e-mailadres en geen Entra object id (zoals"
                                + " 00000000-0000-4000-8000-000000000101). Noem hier alleen andere accounts waarmee"
                                + " deze persoon zich aanmeldt."),
                new Expected(
                        "account-is-email-van-ander",
                        "organisatie.yaml",
                        51,
                        11,
                        "locaties[1].backup.accounts[1]",
                        "Het account 'S.deVries@voorbeeldcollege.example' hoort al bij Sanne de Vries."
                                + " Elk account mag maar bij één persoon horen."),
                new Expected(
                        "account-dubbel",
                        "organisatie.yaml",
                        50,
                        18,
                        "locaties[1].backup.accounts[0]",
                        "Het account 'Sanne.deVries@gmail.example' hoort al bij Sanne de Vries."
                                + " Elk account mag maar bij één persoon horen."),
                new Expected(
                        "objectid-in-accounts-van-ander",
                        "organisatie.yaml",
                        49,
                        7,
                        "locaties[1].backup.teamsAadObjectId",
                        "De identiteit teamsAadObjectId '00000000-0000-4000-8000-000000000202' staat al bij de"
                                + " accounts van Sanne de Vries. Elke identiteit mag maar bij één persoon horen."),
                new Expected(
                        "bestand-ontbreekt",
                        "trainingen.yaml",
                        0,
                        0,
                        "",
                        "Dit bestand ontbreekt in de catalogusmap " + FOLDER + "."),
                new Expected(
                        "catalogus-ontbreekt",
                        "catalogus.yaml",
                        0,
                        0,
                        "",
                        "Dit bestand ontbreekt in de catalogusmap " + FOLDER + "."),
                new Expected(
                        "onbekend-veld",
                        "trainingen.yaml",
                        51,
                        5,
                        "trainingen[2].voorleraren",
                        "Onbekend veld 'voorleraren'. Bedoel je 'voorLeraren'?"),
                new Expected(
                        "functie-onbekend",
                        "organisatie.yaml",
                        77,
                        5,
                        "medewerkers[1].functie",
                        "Onbekende functie 'directeur'. Kies leraar, schoolleiding of gemeente."),
                new Expected(
                        "koppeling-onbekende-locatie",
                        "organisatie.yaml",
                        57,
                        5,
                        "kanaalkoppelingen[0].locatie",
                        "Onbekende locatie 'de-lind'. Gebruik een id uit 'locaties' in dit bestand."),
                new Expected(
                        "synoniem-ongeldig",
                        "synoniemen.txt",
                        1,
                        0,
                        "",
                        "Deze regel is geen geldige synoniemenregel: 'mes, , steekwapen'. Schrijf 'woord1, woord2,"
                                + " woord3' of 'woord1, woord2 => woord3'."),
                new Expected(
                        "chattaal-ongeldig",
                        "chattaal.txt",
                        1,
                        0,
                        "",
                        "Deze regel is geen geldige chattaalregel: 'lln =>'. Schrijf 'afkorting => gewone woorden',"
                                + " bijvoorbeeld 'lln => leerlingen'."),
                new Expected(
                        "veld-onbekend-met-lijst",
                        "trainingen.yaml",
                        50,
                        5,
                        "trainingen[2].doelgroepen",
                        "Onbekend veld 'doelgroepen'. Bedoel je 'doelgroep'?"),
                new Expected(
                        "veld-verkeerd-type",
                        "catalogus.yaml",
                        70,
                        9,
                        "themas[2].knelpunten[1].tekst",
                        "Hier hoort een tekst, geen lijst of velden."),
                new Expected(
                        "veld-dubbel",
                        "voorbeelden.yaml",
                        266,
                        3,
                        "voorbeelden.bewustwording-zicht",
                        "Het veld 'bewustwording-zicht' staat hier twee keer (ook op regel 16)."),
                new Expected(
                        "aanspreekpunt-zonder-naam",
                        "organisatie.yaml",
                        40,
                        5,
                        "locaties[1].aanspreekpunt.naam",
                        "Het veld 'naam' ontbreekt."),
                new Expected(
                        "chattaal-dubbel",
                        "chattaal.txt",
                        15,
                        0,
                        "",
                        "'ff' staat al eerder links in een regel van dit bestand."));
    }

    @Test
    void aFolderWithoutChatLanguageLoadsWithoutChatLanguageRules() throws IOException {
        CatalogFixtures.copyOfBundled(folder);
        Files.delete(folder.resolve("chattaal.txt"));

        LoadResult result = CatalogLoader.load(folder);

        assertEquals(List.of(), result.problems());
        assertEquals(List.of(), result.orElseThrow().herkenning().chattaal());
        assertFalse(result.orElseThrow().herkenning().voorbeelden().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCatalogues")
    void brokenCatalogueReportsExactlyItsOwnDefectWithFileLinePathAndMessage(Expected expected) {
        CatalogFixtures.bundledWith(folder, "broken/" + expected.fixture());

        LoadResult result = CatalogLoader.load(folder);

        assertEquals(1, result.problems().size(), () -> "expected one problem, got " + result.problems());
        Problem problem = result.problems().get(0);
        assertEquals(expected.file(), problem.file(), "file");
        assertEquals(expected.line(), problem.line(), "line");
        assertEquals(expected.column(), problem.column(), "column");
        assertEquals(expected.path(), problem.path(), "path");
        String message = expected.message()
                .replace(FOLDER, folder.toAbsolutePath().normalize().toString());
        assertMessage(message, problem.message());
        assertTrue(result.catalog().isEmpty(), "a catalogue with a problem is never loaded");
    }

    @Test
    void everyBrokenFixtureFolderHasAnExpectation() throws IOException {
        Set<String> expected = brokenCatalogues().map(Expected::fixture).collect(Collectors.toSet());
        try (Stream<Path> folders = Files.list(CatalogFixtures.fixture("broken"))) {
            Set<String> present = folders.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(expected, present);
        }
        assertTrue(expected.size() >= 8, "at least eight broken catalogues");
    }

    @Test
    void aMisspelledKnelpuntKeyAboveItsPhrasingsIsReportedAtTheKeyAsTheAdminGuideShows() throws IOException {
        CatalogFixtures.bundledWith(folder, "handleiding/voorbeelden-knelpunt-verkeerd");

        List<Problem> problems = CatalogLoader.load(folder).problems();

        assertEquals(
                List.of(
                        new Problem(
                                "voorbeelden.yaml",
                                "voorbeelden.bereidheid-bespreekbaarr",
                                266,
                                3,
                                "Onbekend knelpunt-id 'bereidheid-bespreekbaarr'. Bedoel je 'bereidheid-bespreekbaar'?"),
                        new Problem(
                                "voorbeelden.yaml",
                                "voorbeelden",
                                15,
                                1,
                                "Knelpunt 'bereidheid-bespreekbaar' heeft minder dan 3 voorbeeldzinnen. Zonder"
                                        + " voorbeelden wordt het slecht herkend.")),
                problems);
        assertEquals(
                "  bereidheid-bespreekbaarr:",
                Files.readAllLines(folder.resolve("voorbeelden.yaml")).get(265),
                "the reported line holds the misspelled key itself; its phrasings start on the next");
        String guide = Files.readString(Path.of("../docs/ADMIN.md")).replaceAll("\\s+", " ");
        for (Problem p : problems) {
            String json = ("{\"file\": \"%s\", \"path\": \"%s\", \"line\": %d, \"column\": %d, \"message\":"
                            + " \"%s\"}")
                    .formatted(p.file(), p.path(), p.line(), p.column(), p.message());
            assertTrue(
                    guide.contains(json), () -> "docs/ADMIN.md should show the problem as the app reports it: " + json);
        }
    }

    @Test
    void threeDefectsInThreeFilesAreAllReportedAtOnce() {
        CatalogFixtures.bundledWith(
                folder,
                "broken/onbekend-knelpunt-in-training",
                "broken/locatie-zonder-aanspreekpunt",
                "broken/synoniem-ongeldig");

        LoadResult result = CatalogLoader.load(folder);

        assertEquals(
                List.of(
                        "trainingen.yaml:24:11 (trainingen[0].lostOp.knelpunten[0]): Onbekend knelpunt-id"
                                + " 'bewustwording-zich'. Gebruik een id uit catalogus.yaml.",
                        "organisatie.yaml:33:5 (locaties[1]): Deze locatie heeft geen aanspreekpunt. Elke locatie"
                                + " heeft een aanspreekpunt en een backup nodig.",
                        "synoniemen.txt:1: Deze regel is geen geldige synoniemenregel: 'mes, , steekwapen'. Schrijf"
                                + " 'woord1, woord2, woord3' of 'woord1, woord2 => woord3'."),
                result.problems().stream().map(Problem::toString).toList());
        assertTrue(result.catalog().isEmpty());
    }

    @Test
    void catalogueWithAnyProblemYieldsNoCatalogueAndThrowsWithEveryProblemListed() {
        CatalogFixtures.bundledWith(folder, "broken/onbekend-veld", "broken/email-dubbel");

        LoadResult result = CatalogLoader.load(folder);

        assertFalse(result.isValid());
        assertTrue(result.catalog().isEmpty());
        CatalogException e = assertThrows(CatalogException.class, result::orElseThrow);
        assertEquals(result.problems(), e.problems());
        assertTrue(
                e.getMessage()
                        .startsWith("De catalogus in " + folder.toAbsolutePath().normalize()),
                e.getMessage());
        assertTrue(
                e.getMessage().contains("trainingen.yaml:51:5 (trainingen[2].voorleraren): Onbekend veld"),
                e.getMessage());
        assertTrue(e.getMessage().contains("organisatie.yaml:46:7 (locaties[1].backup.email)"), e.getMessage());
    }

    @Test
    void unchangedCopyOfTheBundledCatalogueLoadsWithTheSameContentAndChecksum() {
        CatalogFixtures.copyOfBundled(folder);

        LoadResult copy = CatalogLoader.load(folder);
        Catalog bundled = CatalogLoader.loadBundled().orElseThrow();

        assertEquals(List.of(), copy.problems());
        assertEquals(bundled, copy.orElseThrow());
    }

    private static void assertMessage(String expected, String actual) {
        if (!expected.contains(ANY)) {
            assertEquals(expected, actual, "message");
            return;
        }
        String[] parts = expected.split(java.util.regex.Pattern.quote(ANY), -1);
        int from = 0;
        assertTrue(actual.startsWith(parts[0]), () -> "message " + actual + " should start with " + parts[0]);
        for (String part : parts) {
            int at = actual.indexOf(part, from);
            assertTrue(at >= 0, () -> "message " + actual + " should contain " + part);
            from = at + part.length();
        }
        assertTrue(
                actual.endsWith(parts[parts.length - 1]),
                () -> "message " + actual + " should end with " + parts[parts.length - 1]);
    }
}
