package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Knelpunt ids are fixed: every later feature and every evaluation uses them. */
class KnelpuntIdsTest {

    static final List<String> FIXED_IDS = List.of(
            "bewustwording-zicht",
            "bewustwording-thema-leeft-niet",
            "bereidheid-bespreekbaar",
            "bereidheid-verantwoordelijkheid",
            "bekwaamheid-handelen",
            "bekwaamheid-intercultureel",
            "bekwaamheid-ketenpartners");

    private final Catalog catalog = CatalogLoader.loadBundled().orElseThrow();

    @Test
    void knelpuntIdsAreTheFixedOnesInTheDocumentsOrder() {
        assertEquals(FIXED_IDS, catalog.knelpunten().stream().map(Knelpunt::id).toList());
    }

    @Test
    void eachKnelpuntBelongsToTheThemaItsIdStartsWith() {
        for (Knelpunt k : catalog.knelpunten()) {
            assertEquals(k.id().substring(0, k.id().indexOf('-')), k.themaId(), k.id());
        }
        assertEquals(
                List.of("bewustwording", "bereidheid", "bekwaamheid"),
                catalog.themas().stream().map(Thema::id).toList());
    }

    @Test
    void knelpuntIsFoundByItsId() {
        assertEquals(
                "Er is onvoldoende interculturele sensitiviteit.",
                catalog.knelpunt("bekwaamheid-intercultureel").orElseThrow().tekst());
        assertEquals(java.util.Optional.empty(), catalog.knelpunt("bestaat-niet"));
    }
}
