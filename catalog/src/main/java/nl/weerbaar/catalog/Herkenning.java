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
 * @param chattaal chat language mapped to plain Dutch before analysis (shorthand, Flemish
 *     variants, English loanwords), Solr mapping rules "a => b", one per entry
 * @param context neutral framing sentences teachers put around a question ("Ik ben mentor van
 *     2b."); the recogniser places phrasings of every class inside them so that context alone
 *     decides nothing
 */
public record Herkenning(
        Map<String, List<String>> voorbeelden,
        List<String> buitenBereik,
        Map<String, List<String>> signaalwoorden,
        List<String> waarneming,
        List<String> hypothetisch,
        List<String> urgentiewoorden,
        List<String> synoniemen,
        List<String> samenstellingen,
        List<String> chattaal,
        List<String> context) {
    public Herkenning {
        voorbeelden = Map.copyOf(voorbeelden);
        buitenBereik = List.copyOf(buitenBereik);
        signaalwoorden = Map.copyOf(signaalwoorden);
        waarneming = List.copyOf(waarneming);
        hypothetisch = List.copyOf(hypothetisch);
        urgentiewoorden = List.copyOf(urgentiewoorden);
        synoniemen = List.copyOf(synoniemen);
        samenstellingen = List.copyOf(samenstellingen);
        chattaal = List.copyOf(chattaal);
        context = List.copyOf(context);
    }

    /** Without chat language and context sentences (older catalogue folders, tests). */
    public Herkenning(
            Map<String, List<String>> voorbeelden,
            List<String> buitenBereik,
            Map<String, List<String>> signaalwoorden,
            List<String> waarneming,
            List<String> hypothetisch,
            List<String> urgentiewoorden,
            List<String> synoniemen,
            List<String> samenstellingen) {
        this(
                voorbeelden,
                buitenBereik,
                signaalwoorden,
                waarneming,
                hypothetisch,
                urgentiewoorden,
                synoniemen,
                samenstellingen,
                List.of(),
                List.of());
    }

    /** The same recognition data with other example phrasings (cross-validation folds). */
    public Herkenning withVoorbeelden(Map<String, List<String>> perKnelpunt, List<String> buiten) {
        return new Herkenning(
                perKnelpunt,
                buiten,
                signaalwoorden,
                waarneming,
                hypothetisch,
                urgentiewoorden,
                synoniemen,
                samenstellingen,
                chattaal,
                context);
    }

    public List<String> voorbeeldenVan(String knelpuntId) {
        return voorbeelden.getOrDefault(knelpuntId, List.of());
    }
}
