package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The difference an admin reads before activating a catalogue, over two real loaded catalogues. */
class CatalogVerschilTest {

    private static final Catalog BUNDLED = CatalogLoader.loadBundled().orElseThrow();

    @TempDir
    Path map;

    private Catalog laad(Path folder) {
        LoadResult r = CatalogLoader.load(folder);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        return r.orElseThrow();
    }

    @Test
    void theSameCatalogueHasNoDifference() {
        assertTrue(CatalogVerschil.tussen(BUNDLED, laad(CatalogFixtures.copyOfBundled(map)))
                .leeg());
    }

    @Test
    void aNewLocatieAndAChangedPhoneNumberAreNamedWithTheirPeople() {
        Catalog nieuw = laad(CatalogFixtures.bundledWith(map, "verschil/organisatie-gewijzigd"));

        CatalogVerschil v = CatalogVerschil.tussen(BUNDLED, nieuw);

        assertEquals(
                List.of("locaties", "aanspreekpunten"),
                v.groepen().stream().map(CatalogVerschil.Groep::soort).toList());
        assertEquals(
                List.of(
                        "Nieuwe locatie: Locatie De Wilg (de-wilg), met aanspreekpunt Pieter Claes en backup Ilse Mulder."),
                v.groepen().get(0).regels());
        assertEquals(
                List.of(
                        "Aanspreekpunt van Locatie De Linde (Sanne de Vries): telefoon 010 000 0199 (was 010 000 0101)."),
                v.groepen().get(1).regels());
        assertEquals("Aanspreekpunten en backups", v.groepen().get(1).titel());
    }

    @Test
    void anAdminsAddedOtherAccountIsNamed() throws IOException {
        CatalogFixtures.copyOfBundled(map);
        String tekst = CatalogFixtures.bundledText("organisatie.yaml");
        String admin = "    slackUserId: U0ADMIN01\n";
        assertTrue(tekst.contains(admin));
        Files.writeString(
                map.resolve("organisatie.yaml"),
                tekst.replace(admin, admin + "    accounts: [f.deboer@gmail.example]\n"));

        CatalogVerschil v = CatalogVerschil.tussen(BUNDLED, laad(map));

        assertEquals(
                List.of("Beheerder (Femke de Boer): andere accounts f.deboer@gmail.example (was (leeg))."),
                v.groepen().stream().flatMap(g -> g.regels().stream()).toList());
    }

    @Test
    void anAddedExamplePhrasingIsListedUnderItsKnelpuntAndTheReverseRemovesIt() throws IOException {
        CatalogFixtures.copyOfBundled(map);
        Path voorbeelden = map.resolve("voorbeelden.yaml");
        Files.writeString(
                voorbeelden,
                Files.readString(voorbeelden)
                        .replace(
                                "  bewustwording-zicht:\n",
                                "  bewustwording-zicht:\n    - \"wat speelt er eigenlijk in de brugklas\"\n"));
        Catalog nieuw = laad(map);

        assertEquals(
                List.of("Bij bewustwording-zicht 1 voorbeeldzin toegevoegd: “wat speelt er eigenlijk in de brugklas”."),
                CatalogVerschil.tussen(BUNDLED, nieuw).regels());
        assertEquals(
                List.of("Bij bewustwording-zicht 1 voorbeeldzin verwijderd: “wat speelt er eigenlijk in de brugklas”."),
                CatalogVerschil.tussen(nieuw, BUNDLED).regels());
    }

    @Test
    void aChangedKnelpuntTextAndInterventieAreShownOldAndNew() throws IOException {
        CatalogFixtures.copyOfBundled(map);
        Knelpunt k = BUNDLED.knelpunten().get(0);
        String interventie = k.interventies().get(0);
        Path catalogus = map.resolve("catalogus.yaml");
        String tekst = Files.readString(catalogus);
        assertTrue(tekst.contains(interventie), "the interventie is written on one line in catalogus.yaml");
        Files.writeString(catalogus, tekst.replace(interventie, interventie + " Extra zin."));
        Catalog nieuw = laad(map);

        List<String> regels = CatalogVerschil.tussen(BUNDLED, nieuw).regels();

        assertEquals(1, regels.size(), regels.toString());
        assertTrue(regels.get(0).startsWith("Bij " + k.id() + " een interventie gewijzigd: “"), regels.get(0));
        assertTrue(regels.get(0).endsWith("Extra zin.”."), regels.get(0));
    }

    @Test
    void aChangedShortLabelIsShownOldAndNew() throws IOException {
        CatalogFixtures.copyOfBundled(map);
        Path catalogus = map.resolve("catalogus.yaml");
        String tekst = Files.readString(catalogus);
        assertTrue(tekst.contains("kort: \"Zicht op jeugdcriminaliteit\""), "the short label in catalogus.yaml");
        Files.writeString(
                catalogus, tekst.replace("kort: \"Zicht op jeugdcriminaliteit\"", "kort: \"Zicht op criminaliteit\""));
        String id = BUNDLED.knelpunten().stream()
                .filter(k -> k.kort().equals("Zicht op jeugdcriminaliteit"))
                .findFirst()
                .orElseThrow()
                .id();

        assertEquals(
                List.of("Korte naam van knelpunt " + id
                        + " (op knoppen): ‘Zicht op criminaliteit’ (was ‘Zicht op jeugdcriminaliteit’)."),
                CatalogVerschil.tussen(BUNDLED, laad(map)).regels());
    }

    @Test
    void aChangedPhoneNumberAndAnAddedPhrasingInInformatieYamlAreShown() throws IOException {
        CatalogFixtures.copyOfBundled(map);
        Path informatie = map.resolve("informatie.yaml");
        String tekst = Files.readString(informatie);
        assertTrue(tekst.contains("telefoon: \"0800-2000\"") && tekst.contains("      - \"Kan ik anoniem melden?\"\n"));
        Files.writeString(
                informatie,
                tekst.replace("telefoon: \"0800-2000\"", "telefoon: \"0800-2001\"")
                        .replace(
                                "      - \"Kan ik anoniem melden?\"\n",
                                "      - \"Kan ik anoniem melden?\"\n      - \"mag ik een tip geven zonder mijn naam\"\n"));

        CatalogVerschil v = CatalogVerschil.tussen(BUNDLED, laad(map));

        assertEquals(
                List.of("informatie"),
                v.groepen().stream().map(CatalogVerschil.Groep::soort).toList());
        assertEquals(
                List.of(
                        "Bij informatievraag anoniem-melden 1 voorbeeldzin toegevoegd: “mag ik een tip geven zonder mijn naam”.",
                        "Nummer Veilig Thuis: 0800-2001 (was 0800-2000)."),
                v.regels());
    }
}
