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
 * @param urgentiewoorden words and phrases that name acute danger (weapons, also vaguely described,
 *     violence, serious injury, strangers asking for a pupil): urgent now, today or without a time
 * @param dwang phrases of coercion and threat (forced to deliver something, beaten up later): urgent
 *     only with a time for now, today or tomorrow
 * @param tijdNu phrases that place an event now (nu, net, zojuist, "zit nog binnen", help)
 * @param tijdVandaag phrases that place an event later today or tomorrow (vanmiddag, na school, morgen)
 * @param verleden phrases that place an event or a pupil in the past (gisteren, vorige week, "ligt in
 *     de kluis", oud-leerling); a pupil reference inside one does not count
 * @param elders phrases that place danger online, in a video or elsewhere (tiktok, filmpje, in de
 *     krant): without a time for now or today it is a signal, not urgent
 * @param algemeneVraag phrases of a general or policy question (protocol, "hoe herken je"); they
 *     weaken the flags when no pupil is identified
 * @param leerlingwoorden single words for a pupil (leerling, student, jongen, brugklasser), for the
 *     placeholder {@code <leerling>}
 * @param leerlingverwijzing phrases that identify a pupil ("<leerling> uit <klas>", "mijn
 *     mentorleerling")
 * @param afkortingen shorthand rules "lln => leerlingen", applied to text and phrases before matching
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
        List<String> dwang,
        List<String> tijdNu,
        List<String> tijdVandaag,
        List<String> verleden,
        List<String> elders,
        List<String> algemeneVraag,
        List<String> leerlingwoorden,
        List<String> leerlingverwijzing,
        List<String> afkortingen,
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
        dwang = List.copyOf(dwang);
        tijdNu = List.copyOf(tijdNu);
        tijdVandaag = List.copyOf(tijdVandaag);
        verleden = List.copyOf(verleden);
        elders = List.copyOf(elders);
        algemeneVraag = List.copyOf(algemeneVraag);
        leerlingwoorden = List.copyOf(leerlingwoorden);
        leerlingverwijzing = List.copyOf(leerlingverwijzing);
        afkortingen = List.copyOf(afkortingen);
        synoniemen = List.copyOf(synoniemen);
        samenstellingen = List.copyOf(samenstellingen);
        chattaal = List.copyOf(chattaal);
        context = List.copyOf(context);
    }

    /** Only the first lists (tests that need no time, pupil or chat-language rules). */
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
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
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
                dwang,
                tijdNu,
                tijdVandaag,
                verleden,
                elders,
                algemeneVraag,
                leerlingwoorden,
                leerlingverwijzing,
                afkortingen,
                synoniemen,
                samenstellingen,
                chattaal,
                context);
    }

    public List<String> voorbeeldenVan(String knelpuntId) {
        return voorbeelden.getOrDefault(knelpuntId, List.of());
    }
}
