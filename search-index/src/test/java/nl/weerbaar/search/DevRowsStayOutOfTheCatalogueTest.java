package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Herkenning;
import org.junit.jupiter.api.Test;

/**
 * The dev sets measure how well recognition generalises; a dev row copied into the catalogue's
 * training data would only measure memory. Fails when any dev row's text (compared without case,
 * punctuation and spacing) is, or is contained in, a phrasing of voorbeelden.yaml or informatie.yaml.
 */
class DevRowsStayOutOfTheCatalogueTest {
    @Test
    void noDevRowAppearsInTheExamplePhrasings() throws Exception {
        Catalog catalog = Fixtures.bundled();
        Herkenning h = catalog.herkenning();
        List<String> phrasings = new ArrayList<>();
        catalog.informatie().vragen().forEach(v -> v.voorbeelden().forEach(t -> phrasings.add(normalise(t))));
        h.voorbeelden().values().forEach(v -> v.forEach(t -> phrasings.add(normalise(t))));
        h.buitenBereik().forEach(t -> phrasings.add(normalise(t)));
        h.context().forEach(t -> phrasings.add(normalise(t)));
        List<String> found = new ArrayList<>();
        for (String set : List.of("dev.jsonl", "dev-voices.jsonl")) {
            for (EvalCase c : Fixtures.evalSet(set)) {
                String row = normalise(c.text());
                if (row.length() >= 12 && phrasings.stream().anyMatch(p -> p.contains(row))) {
                    found.add(set + ": " + c.text());
                }
            }
        }
        assertTrue(found.isEmpty(), "dev rows in voorbeelden.yaml: " + found);
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
