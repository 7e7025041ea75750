package nl.weerbaar.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads informatie.yaml: the public numbers (contacten) and the informatievragen with their answers
 * and example phrasings. Optional: a folder without it has no informatievragen.
 */
final class InformatieReader {
    static final String INFORMATIE = "informatie.yaml";

    /** Fewer phrasings than this and an informatievraag is hardly recognised. */
    static final int MIN_VOORBEELDEN = 3;

    private static final Pattern TELEFOON = Pattern.compile("\\+?[0-9][0-9 -]*[0-9]");

    /** The file's content, and where each phrasing stands (lower case), to check it against voorbeelden.yaml. */
    record Gelezen(Informatie informatie, Map<String, YamlNode> zinnen) {}

    private InformatieReader() {}

    static Gelezen read(YamlNode root, Ids knelpuntIds) {
        root.allowOnly(Set.of("contacten", "vragen"));
        List<Contact> contacten = new ArrayList<>();
        Ids contactIds = new Ids("contact");
        for (YamlNode c : root.get("contacten").list()) {
            c.allowOnly(Set.of("id", "naam", "telefoon", "wanneer"));
            String id = contactIds.claim(c.get("id"));
            String naam = c.get("naam").text();
            YamlNode telefoonNode = c.get("telefoon");
            String telefoon = telefoonNode.text();
            if (telefoon != null && !TELEFOON.matcher(telefoon).matches()) {
                telefoonNode.problem("Het telefoonnummer '" + telefoon
                        + "' mag alleen cijfers, spaties en streepjes bevatten (zoals '0800-2000').");
            }
            contacten.add(new Contact(id, naam, telefoon, c.get("wanneer").text()));
        }
        List<Informatievraag> vragen = new ArrayList<>();
        Ids vraagIds = new Ids("informatievraag");
        Map<String, YamlNode> zinnen = new LinkedHashMap<>();
        Map<String, String> zinVan = new HashMap<>();
        for (YamlNode v : root.get("vragen").list()) {
            v.allowOnly(Set.of("id", "antwoord", "contacten", "aanvulling", "voorbeelden"));
            YamlNode idNode = v.get("id");
            String id = vraagIds.claim(idNode);
            if (id != null && knelpuntIds.knows(id)) {
                idNode.problem(
                        "Het id '" + id + "' is al het id van een knelpunt in catalogus.yaml. Kies een ander id.");
            }
            String antwoord = v.get("antwoord").text();
            List<String> contactVerwijzingen = new ArrayList<>();
            for (YamlNode ref : v.get("contacten").optionalList()) {
                String contactId = ref.text();
                if (contactId == null) {
                    continue;
                }
                if (!contactIds.contains(contactId)) {
                    ref.problem("Onbekend contact-id '" + contactId
                            + "'. Gebruik een id uit de lijst 'contacten' bovenaan dit bestand.");
                } else if (contactVerwijzingen.contains(contactId)) {
                    ref.problem("Het contact '" + contactId + "' staat twee keer bij deze vraag.");
                } else {
                    contactVerwijzingen.add(contactId);
                }
            }
            Aanvulling aanvulling = Aanvulling.GEEN;
            YamlNode aanvullingNode = v.get("aanvulling");
            if (aanvullingNode.isPresent()) {
                String waarde = aanvullingNode.text();
                if (waarde != null) {
                    aanvulling = Aanvulling.van(waarde).orElse(Aanvulling.GEEN);
                    if (Aanvulling.van(waarde).isEmpty()) {
                        aanvullingNode.problem("Onbekende aanvulling '" + waarde + "'. Kies uit: "
                                + String.join(
                                        ", ",
                                        java.util.Arrays.stream(Aanvulling.values())
                                                .map(Aanvulling::naam)
                                                .toList())
                                + ".");
                    }
                }
            }
            YamlNode voorbeeldenNode = v.get("voorbeelden");
            List<String> voorbeelden = new ArrayList<>();
            for (YamlNode zin : voorbeeldenNode.list()) {
                String tekst = zin.text();
                if (tekst == null) {
                    continue;
                }
                String sleutel = tekst.strip().toLowerCase(Locale.ROOT);
                YamlNode eerder = zinnen.get(sleutel);
                if (eerder != null) {
                    zin.problem("'" + tekst + "' staat al bij informatievraag '" + zinVan.get(sleutel) + "' (regel "
                            + eerder.line() + "). Een voorbeeldzin hoort bij één vraag.");
                    continue;
                }
                zinnen.put(sleutel, zin);
                zinVan.put(sleutel, id);
                voorbeelden.add(tekst);
            }
            if (voorbeeldenNode.isPresent() && voorbeelden.size() < MIN_VOORBEELDEN) {
                voorbeeldenNode.problem("Informatievraag '" + id + "' heeft minder dan " + MIN_VOORBEELDEN
                        + " voorbeeldzinnen. Zonder voorbeelden wordt ze slecht herkend.");
            }
            vragen.add(new Informatievraag(id, antwoord, contactVerwijzingen, aanvulling, voorbeelden));
        }
        return new Gelezen(new Informatie(contacten, vragen), zinnen);
    }

    /**
     * A phrasing of an informatievraag that voorbeelden.yaml also has (for a knelpunt or out of
     * scope) would teach the recogniser two answers to one sentence: reported at the phrasing.
     */
    static void checkAgainst(Gelezen informatie, RecognitionReader.Voorbeelden voorbeelden) {
        Map<String, String> elders = new HashMap<>();
        voorbeelden
                .perKnelpunt()
                .forEach((knelpunt, lijst) -> lijst.forEach(
                        z -> elders.putIfAbsent(z.strip().toLowerCase(Locale.ROOT), "knelpunt '" + knelpunt + "'")));
        voorbeelden.buitenBereik().forEach(z -> elders.putIfAbsent(z.strip().toLowerCase(Locale.ROOT), "buitenBereik"));
        informatie.zinnen().forEach((sleutel, node) -> {
            String waar = elders.get(sleutel);
            if (waar != null) {
                node.problem("'" + node.text() + "' staat ook in voorbeelden.yaml bij " + waar
                        + ". Een voorbeeldzin hoort bij één antwoord: haal hem op een van beide plekken weg.");
            }
        });
    }
}
