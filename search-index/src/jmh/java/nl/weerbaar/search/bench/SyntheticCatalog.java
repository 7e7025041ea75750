package nl.weerbaar.search.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Herkenning;
import nl.weerbaar.catalog.Knelpunt;
import nl.weerbaar.catalog.Thema;

/**
 * A catalogue {@code factor} times larger than the bundled one, made by recombining its phrasings:
 * every synthetic knelpunt takes a bundled knelpunt's text and interventies and example phrasings
 * whose second halves come from random other phrasings. Deterministic for a seed.
 */
final class SyntheticCatalog {
    private SyntheticCatalog() {}

    static Catalog scale(Catalog base, int factor, long seed) {
        Random random = new Random(seed);
        List<Knelpunt> originals = base.knelpunten();
        List<String> allPhrasings = new ArrayList<>();
        originals.forEach(k -> allPhrasings.addAll(base.herkenning().voorbeeldenVan(k.id())));
        List<Thema> themas = new ArrayList<>();
        Map<String, List<String>> voorbeelden = new HashMap<>();
        for (int v = 0; v < factor; v++) {
            List<Knelpunt> knelpunten = new ArrayList<>();
            String themaId = "synth-thema-" + v;
            for (Knelpunt k : originals) {
                String id = k.id() + "-" + v;
                knelpunten.add(new Knelpunt(id, themaId, k.kort(), mix(k.tekst(), pick(allPhrasings, random)), k.interventies()));
                List<String> mixed = new ArrayList<>();
                for (String e : base.herkenning().voorbeeldenVan(k.id())) {
                    mixed.add(mix(e, pick(allPhrasings, random)));
                }
                voorbeelden.put(id, mixed);
            }
            themas.add(new Thema(themaId, "Synthetisch " + v, knelpunten));
        }
        Herkenning h = base.herkenning();
        return new Catalog(
                base.introductie(),
                base.wettelijkKader(),
                themas,
                base.trainingen(),
                base.directory(),
                h.withVoorbeelden(voorbeelden, h.buitenBereik()),
                "synthetic-" + factor + "x-" + base.checksum());
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** The first half of one phrasing's words followed by the second half of another's. */
    private static String mix(String a, String b) {
        String[] wa = a.split("\\s+");
        String[] wb = b.split("\\s+");
        List<String> words = new ArrayList<>(List.of(wa).subList(0, Math.max(1, wa.length / 2)));
        words.addAll(List.of(wb).subList(wb.length / 2, wb.length));
        return String.join(" ", words);
    }
}
