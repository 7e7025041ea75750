package nl.weerbaar.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the recognition data: example phrasings (voorbeelden.yaml), signal and urgency vocabulary
 * (signalen.yaml), synonyms (synoniemen.txt) and compound word parts (samenstellingen.txt).
 */
final class RecognitionReader {
    static final String VOORBEELDEN = "voorbeelden.yaml";
    static final String SIGNALEN = "signalen.yaml";
    static final String SYNONIEMEN = "synoniemen.txt";
    static final String SAMENSTELLINGEN = "samenstellingen.txt";
    /** Optional: a folder without it has no chat-language rules. */
    static final String CHATTAAL = "chattaal.txt";

    record Voorbeelden(
            Map<String, List<String>> perKnelpunt,
            Map<String, Integer> lines,
            List<String> buitenBereik,
            List<String> context) {}

    record Signalen(
            Map<String, List<String>> signaalwoorden,
            List<String> waarneming,
            List<String> hypothetisch,
            List<String> urgentiewoorden,
            List<String> dwang,
            List<String> tijdNu,
            List<String> tijdVandaag,
            List<String> verleden,
            List<String> elders,
            List<String> algemeneVraag,
            List<String> leerlingwoorden,
            List<String> leerlingverwijzing,
            List<String> afkortingen) {}

    private RecognitionReader() {}

    static final int MIN_VOORBEELDEN = 3;

    static Voorbeelden readVoorbeelden(YamlNode root, Ids knelpuntIds, List<String> knelpuntenInOrder) {
        root.allowOnly(Set.of("voorbeelden", "buitenBereik", "context"));
        Map<String, List<String>> perKnelpunt = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        YamlNode voorbeelden = root.get("voorbeelden");
        if (!voorbeelden.isPresent()) {
            voorbeelden.problem("Het veld 'voorbeelden' ontbreekt: per knelpunt-id een lijst voorbeeldzinnen.");
        } else {
            for (Map.Entry<String, YamlNode> e : voorbeelden.fields().entrySet()) {
                if (!knelpuntIds.contains(e.getKey())) {
                    e.getValue()
                            .problem("Onbekend knelpunt-id '" + e.getKey() + "'."
                                    + YamlNode.closest(e.getKey(), knelpuntenInOrder)
                                            .map(id -> " Bedoel je '" + id + "'?")
                                            .orElse(" Gebruik een id uit catalogus.yaml."));
                }
                perKnelpunt.put(e.getKey(), uniqueTexts(e.getValue()));
                lines.put(e.getKey(), e.getValue().line());
            }
            for (String id : knelpuntenInOrder) {
                if (perKnelpunt.getOrDefault(id, List.of()).size() < MIN_VOORBEELDEN) {
                    voorbeelden.problem("Knelpunt '" + id + "' heeft minder dan " + MIN_VOORBEELDEN
                            + " voorbeeldzinnen. Zonder voorbeelden wordt het slecht herkend.");
                }
            }
        }
        return new Voorbeelden(
                perKnelpunt, lines, uniqueTexts(root.get("buitenBereik")), optionalTexts(root.get("context")));
    }

    /** The lists added after the first four; optional, so that an older catalogue folder still loads. */
    static final List<String> OPTIONELE_SIGNAALLIJSTEN = List.of(
            "dwang",
            "tijdNu",
            "tijdVandaag",
            "verleden",
            "elders",
            "algemeneVraag",
            "leerlingwoorden",
            "leerlingverwijzing",
            "afkortingen");

    static Signalen readSignalen(YamlNode root) {
        Set<String> allowed =
                new java.util.HashSet<>(Set.of("signaalwoorden", "waarneming", "hypothetisch", "urgentiewoorden"));
        allowed.addAll(OPTIONELE_SIGNAALLIJSTEN);
        root.allowOnly(allowed);
        Map<String, List<String>> signaalwoorden = new LinkedHashMap<>();
        YamlNode woorden = root.get("signaalwoorden");
        if (!woorden.isPresent()) {
            woorden.problem("Het veld 'signaalwoorden' ontbreekt: per thema een lijst woorden.");
        } else {
            for (Map.Entry<String, YamlNode> e : woorden.fields().entrySet()) {
                signaalwoorden.put(e.getKey(), phrases(e.getValue(), true));
            }
        }
        List<String> leerlingwoorden = uniqueTexts(
                root.get("leerlingwoorden").optionalList(),
                w -> w.contains(" ") || w.startsWith("<") || w.contains(PhraseSyntax.GAP)
                        ? Optional.of("'" + w + "': in leerlingwoorden staat één gewoon woord per regel.")
                        : Optional.empty());
        List<String> afkortingen = uniqueTexts(
                root.get("afkortingen").optionalList(),
                rule -> PhraseSyntax.afkorting(rule).isPresent()
                        ? Optional.empty()
                        : Optional.of("'" + rule + "' is geen geldige afkorting. Schrijf 'kort => voluit' of"
                                + " 'kort1, kort2 => voluit', met één woord per korte vorm."));
        return new Signalen(
                signaalwoorden,
                phrases(root.get("waarneming"), true),
                phrases(root.get("hypothetisch"), true),
                phrases(root.get("urgentiewoorden"), true),
                phrases(root.get("dwang"), false),
                phrases(root.get("tijdNu"), false),
                phrases(root.get("tijdVandaag"), false),
                phrases(root.get("verleden"), false),
                phrases(root.get("elders"), false),
                phrases(root.get("algemeneVraag"), false),
                leerlingwoorden,
                phrases(root.get("leerlingverwijzing"), false),
                afkortingen);
    }

    /** A list of phrases (see {@link PhraseSyntax}); each phrase at most once. */
    private static List<String> phrases(YamlNode list, boolean required) {
        return uniqueTexts(required ? list.list() : list.optionalList(), PhraseSyntax::problem);
    }

    /** Like {@link #uniqueTexts}, but a missing field is an empty list. */
    private static List<String> optionalTexts(YamlNode list) {
        return list.isPresent() ? uniqueTexts(list) : List.of();
    }

    /** A list of texts in which an entry may not appear twice. */
    private static List<String> uniqueTexts(YamlNode list) {
        return uniqueTexts(list.list(), t -> Optional.empty());
    }

    /** Like {@link #uniqueTexts(YamlNode)}, and each text is also checked; its problem is reported. */
    private static List<String> uniqueTexts(List<YamlNode> items, Function<String, Optional<String>> check) {
        List<String> texts = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (YamlNode item : items) {
            String text = item.text();
            if (text == null) {
                continue;
            }
            Optional<String> problem = check.apply(text);
            if (problem.isPresent()) {
                item.problem(problem.get());
            } else if (!seen.add(text.toLowerCase(java.util.Locale.ROOT))) {
                item.problem("'" + text + "' staat twee keer in deze lijst.");
            } else {
                texts.add(text);
            }
        }
        return texts;
    }

    /** Synonym rules in Solr format: "a, b, c" or "a, b => c"; # starts a comment. */
    static List<String> readSynoniemen(String text, List<Problem> problems) {
        List<String> rules = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            boolean ok = sides.length <= 2;
            for (String side : sides) {
                String[] terms = side.split(",", -1);
                for (String term : terms) {
                    ok &= !term.isBlank();
                }
            }
            if (sides.length == 1 && line.split(",").length < 2) {
                ok = false;
            }
            if (!ok) {
                problems.add(new Problem(
                        SYNONIEMEN,
                        "",
                        i + 1,
                        "Deze regel is geen geldige synoniemenregel: '" + line
                                + "'. Schrijf 'woord1, woord2, woord3' of 'woord1, woord2 => woord3'."));
            } else {
                rules.add(line);
            }
        }
        return rules;
    }

    /**
     * Chat language: one mapping rule "from => to" per line, # starts a comment. The left side is
     * what teachers type (one or more words), the right side plain Dutch; a left side may occur
     * once in the file.
     */
    static List<String> readChattaal(String text, List<Problem> problems) {
        List<String> rules = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]).toLowerCase(java.util.Locale.ROOT);
            if (line.isEmpty()) {
                continue;
            }
            String[] sides = line.split("=>", -1);
            if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank() || line.contains(",")) {
                problems.add(new Problem(
                        CHATTAAL,
                        "",
                        i + 1,
                        "Deze regel is geen geldige chattaalregel: '" + line
                                + "'. Schrijf 'afkorting => gewone woorden', bijvoorbeeld 'lln => leerlingen'."));
                continue;
            }
            String from = sides[0].strip().replaceAll("\\s+", " ");
            if (!seen.add(from)) {
                problems.add(new Problem(
                        CHATTAAL, "", i + 1, "'" + from + "' staat al eerder links in een regel van dit bestand."));
                continue;
            }
            rules.add(from + " => " + sides[1].strip().replaceAll("\\s+", " "));
        }
        return rules;
    }

    /** One word part per line; # starts a comment. */
    static List<String> readSamenstellingen(String text, List<Problem> problems) {
        List<String> words = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String word = stripComment(lines[i]);
            if (word.isEmpty()) {
                continue;
            }
            if (word.contains(" ") || word.length() < 2) {
                problems.add(new Problem(
                        SAMENSTELLINGEN,
                        "",
                        i + 1,
                        "Eén woorddeel per regel, zonder spaties en minstens 2 letters: '" + word + "'."));
            } else {
                words.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).strip();
    }
}
