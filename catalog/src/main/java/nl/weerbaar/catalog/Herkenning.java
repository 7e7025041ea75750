package nl.weerbaar.catalog;

import java.util.List;
import java.util.Map;

/**
 * The data recognition learns from, all of it editable in the catalogue folder.
 *
 * @param voorbeelden example phrasings per knelpunt id, written as teachers write
 * @param buitenBereik example phrasings that are not about any knelpunt (out of scope)
 * @param signaalwoorden words and phrases that describe a concrete observation about a pupil,
 *     per theme (weapons, drugs, ...)
 * @param waarneming phrases that mark a teacher reporting what they saw or heard
 * @param hypothetisch phrases that mark a hypothetical or general question, not a report
 * @param urgentiewoorden words and phrases that mark acute danger
 * @param synoniemen synonym rules in Solr format ("a, b, c" or "a => b"), one per entry
 * @param samenstellingen the word parts used to split Dutch compounds
 */
public record Herkenning(
        Map<String, List<String>> voorbeelden,
        List<String> buitenBereik,
        Map<String, List<String>> signaalwoorden,
        List<String> waarneming,
        List<String> hypothetisch,
        List<String> urgentiewoorden,
        List<String> synoniemen,
        List<String> samenstellingen) {
    public Herkenning {
        voorbeelden = Map.copyOf(voorbeelden);
        buitenBereik = List.copyOf(buitenBereik);
        signaalwoorden = Map.copyOf(signaalwoorden);
        waarneming = List.copyOf(waarneming);
        hypothetisch = List.copyOf(hypothetisch);
        urgentiewoorden = List.copyOf(urgentiewoorden);
        synoniemen = List.copyOf(synoniemen);
        samenstellingen = List.copyOf(samenstellingen);
    }

    public List<String> voorbeeldenVan(String knelpuntId) {
        return voorbeelden.getOrDefault(knelpuntId, List.of());
    }
}
