package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import nl.weerbaar.catalog.CatalogLoader;
import org.junit.jupiter.api.Test;

/** The example phrasing lands in voorbeelden.yaml as text; comments and layout stay. */
class VoorbeeldZinnenTest {
    private static final String YAML = """
            # commentaar blijft
            voorbeelden:
              a:
                - "eerste"
                # tussendoor
                - tweede
              b:
                - "derde"
            buitenBereik:
              - "hallo"
            """;

    @Test
    void phrasingIsAddedAfterTheLastPhrasingOfItsKnelpunt() {
        String nieuw = VoorbeeldZinnen.voegToe(YAML, "a", "Wat zeg je \"nu\"?\n");
        assertEquals(YAML.replace("    - tweede\n", "    - tweede\n    - \"Wat zeg je \\\"nu\\\"?\"\n"), nieuw);
    }

    @Test
    void knelpuntWithoutPhrasingsGetsItsOwnKeyInTheVoorbeeldenBlock() {
        String nieuw = VoorbeeldZinnen.voegToe(YAML, "c", "nieuw");
        assertTrue(nieuw.contains("    - \"derde\"\n  c:\n    - \"nieuw\"\nbuitenBereik:"), nieuw);
    }

    @Test
    void bundledCatalogueStaysValidWithTheNewPhrasing() {
        Map<String, String> files = AdminFixtures.catalogusA();
        files.put(
                "voorbeelden.yaml",
                VoorbeeldZinnen.voegToe(files.get("voorbeelden.yaml"), "bekwaamheid-handelen", "Wie betaalt de BHV?"));
        var catalog = CatalogLoader.load(new GeheugenBron("test", files)).orElseThrow();
        assertTrue(catalog.herkenning().voorbeeldenVan("bekwaamheid-handelen").contains("Wie betaalt de BHV?"));
    }

    @Test
    void emptyOrOverlongPhrasingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> VoorbeeldZinnen.voegToe(YAML, "a", "  \t "));
        assertThrows(IllegalArgumentException.class, () -> VoorbeeldZinnen.voegToe(YAML, "a", "x".repeat(501)));
    }
}
