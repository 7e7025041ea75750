package nl.weerbaar.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the customer's content: catalogus.yaml (themes, knelpunten) and trainingen.yaml. */
final class ContentReader {
    static final String CATALOGUS = "catalogus.yaml";
    static final String TRAININGEN = "trainingen.yaml";

    record Content(Introductie introductie, WettelijkKader wettelijkKader, List<Thema> themas) {}

    record Trainingen(String inleiding, List<Training> trainingen) {}

    private ContentReader() {}

    static Optional<Content> readCatalogus(YamlNode root, Ids knelpuntIds) {
        root.allowOnly(Set.of("titel", "introductie", "wettelijkKader", "themas"));
        String titel = root.get("titel").text();
        List<String> introductie = root.get("introductie").texts();
        YamlNode kader = root.get("wettelijkKader");
        kader.allowOnly(Set.of("naam", "jaar", "bron", "toelichting"));
        WettelijkKader wettelijkKader = new WettelijkKader(
                kader.get("naam").text(),
                jaar(kader.get("jaar")),
                kader.get("bron").text(),
                kader.get("toelichting").optionalText().orElse(""));
        List<Thema> themas = new ArrayList<>();
        Ids themaIds = new Ids("thema");
        Map<String, Integer> korteNamen = new HashMap<>();
        for (YamlNode t : root.get("themas").list()) {
            t.allowOnly(Set.of("id", "naam", "knelpunten"));
            String themaId = themaIds.claim(t.get("id"));
            List<Knelpunt> knelpunten = new ArrayList<>();
            for (YamlNode k : t.get("knelpunten").list()) {
                k.allowOnly(Set.of("id", "kort", "tekst", "interventies"));
                String id = knelpuntIds.claim(k.get("id"));
                String kort = kort(k.get("kort"), korteNamen);
                String tekst = k.get("tekst").text();
                YamlNode interventies = k.get("interventies");
                List<String> teksten = interventies.texts();
                if (interventies.isPresent() && teksten.isEmpty()) {
                    interventies.problem("Een knelpunt heeft minstens één interventie nodig.");
                }
                knelpunten.add(new Knelpunt(id, themaId, kort, tekst, teksten));
            }
            themas.add(new Thema(themaId, t.get("naam").text(), knelpunten));
        }
        return Optional.of(new Content(new Introductie(titel, introductie, ""), wettelijkKader, themas));
    }

    static Optional<Trainingen> readTrainingen(YamlNode root, Ids knelpuntIds) {
        root.allowOnly(Set.of("inleiding", "trainingen"));
        String inleiding = root.get("inleiding").optionalText().orElse("");
        List<Training> trainingen = new ArrayList<>();
        Ids trainingIds = new Ids("training");
        for (YamlNode t : root.get("trainingen").list()) {
            t.allowOnly(Set.of("id", "naam", "voor", "beschrijving", "doelgroep", "voorLeraren", "vorm", "lostOp"));
            YamlNode lostOp = t.get("lostOp");
            lostOp.allowOnly(Set.of("tekst", "knelpunten"));
            List<String> lost = new ArrayList<>();
            for (YamlNode k : lostOp.get("knelpunten").optionalList()) {
                String id = k.text();
                if (id != null && !knelpuntIds.contains(id)) {
                    k.problem("Onbekend knelpunt-id '" + id + "'. Gebruik een id uit catalogus.yaml.");
                } else if (id != null) {
                    lost.add(id);
                }
            }
            trainingen.add(new Training(
                    trainingIds.claim(t.get("id")),
                    t.get("naam").text(),
                    t.get("voor").text(),
                    t.get("beschrijving").texts(),
                    t.get("doelgroep").text(),
                    t.get("voorLeraren").optionalBoolean().orElse(true),
                    t.get("vorm").text(),
                    lostOp.get("tekst").text(),
                    lost));
        }
        return Optional.of(new Trainingen(inleiding, trainingen));
    }

    /** The short label: required, at most {@link Knelpunt#KORT_MAX} characters, one knelpunt's own. */
    private static String kort(YamlNode node, Map<String, Integer> seen) {
        String kort = node.text();
        if (kort == null) {
            return null;
        }
        if (kort.length() > Knelpunt.KORT_MAX) {
            node.problem("De korte naam '" + kort + "' is " + kort.length() + " tekens; hoogstens " + Knelpunt.KORT_MAX
                    + " passen op een knop zonder afgebroken te worden.");
        }
        Integer first = seen.putIfAbsent(kort.toLowerCase(Locale.ROOT), node.line());
        if (first != null) {
            node.problem("De korte naam '" + kort + "' staat ook bij een ander knelpunt (regel " + first
                    + "). Elke knop moet te onderscheiden zijn.");
        }
        return kort;
    }

    private static int jaar(YamlNode node) {
        Optional<String> text = node.optionalText();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            node.problem("Hier hoort een jaartal, zoals 2026.");
            return 0;
        }
    }
}
