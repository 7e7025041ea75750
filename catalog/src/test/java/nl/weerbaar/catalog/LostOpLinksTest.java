package nl.weerbaar.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "Lost op" links from the document, exactly; no training for intercultureel. */
class LostOpLinksTest {

    private final Catalog catalog = CatalogLoader.loadBundled().orElseThrow();

    private Training training(String naam) {
        return catalog.trainingen().stream()
                .filter(t -> t.naam().equals(naam))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no training named " + naam));
    }

    @Test
    void basistrainingSolvesZichtThemaLeeftNietAndBespreekbaar() {
        Training t = training("Basistraining Schoolveiligheid & Ondermijning");
        assertEquals(
                List.of("bewustwording-zicht", "bewustwording-thema-leeft-niet", "bereidheid-bespreekbaar"),
                t.lostOp());
        assertTrue(t.voorLeraren());
    }

    @Test
    void vervoltrainingSolvesVerantwoordelijkheidHandelenAndKetenpartners() {
        Training t = training("Vervoltraining Visie, Beleid & Interventie");
        assertEquals(
                List.of("bereidheid-verantwoordelijkheid", "bekwaamheid-handelen", "bekwaamheid-ketenpartners"),
                t.lostOp());
    }

    @Test
    void regieOpSchoolveiligheidSolvesKetenpartnersAndVerantwoordelijkheidForGemeentenNotTeachers() {
        Training t = training("Regie op Schoolveiligheid (voor gemeenten)");
        assertEquals(List.of("bekwaamheid-ketenpartners", "bereidheid-verantwoordelijkheid"), t.lostOp());
        assertEquals("gemeenten", t.doelgroep());
        assertFalse(t.voorLeraren());
        assertTrue(t.lostOpTekst().contains("onduidelijke regie"), t.lostOpTekst());
    }

    @Test
    void eachTrainingIsForLerarenSchoolleidingOrGemeenteAsItsAudienceSays() {
        assertEquals(
                Functie.LERAAR,
                training("Basistraining Schoolveiligheid & Ondermijning").publiek());
        assertEquals(
                Functie.SCHOOLLEIDING,
                training("Vervoltraining Visie, Beleid & Interventie").publiek());
        assertEquals(
                Functie.GEMEENTE,
                training("Regie op Schoolveiligheid (voor gemeenten)").publiek());
    }

    @Test
    void noTrainingAddressesInterculturalSensitivity() {
        assertEquals(List.of(), catalog.trainingenVoor("bekwaamheid-intercultureel"));
    }

    @Test
    void trainingenVoorListsEveryTrainingThatSolvesTheKnelpuntInDocumentOrder() {
        assertEquals(
                List.of("vervoltraining-visie-beleid-interventie", "regie-op-schoolveiligheid"),
                catalog.trainingenVoor("bekwaamheid-ketenpartners").stream()
                        .map(Training::id)
                        .toList());
        assertEquals(
                List.of("basistraining-schoolveiligheid-ondermijning"),
                catalog.trainingenVoor("bewustwording-zicht").stream()
                        .map(Training::id)
                        .toList());
    }

    @Test
    void everyKnelpuntButInterculturalHasATraining() {
        for (Knelpunt k : catalog.knelpunten()) {
            assertEquals(
                    !k.id().equals("bekwaamheid-intercultureel"),
                    !catalog.trainingenVoor(k.id()).isEmpty(),
                    k.id());
        }
    }
}
