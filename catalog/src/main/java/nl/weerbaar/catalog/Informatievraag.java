package nl.weerbaar.catalog;

import java.util.List;

/**
 * A question about people, numbers or rules rather than a knelpunt ("Kan ik anoniem melden?",
 * "Sanne is ziek, bij wie kan ik terecht?", a greeting): recognised like a knelpunt from its own
 * example phrasings, answered from informatie.yaml.
 *
 * @param id stable id ("anoniem-melden")
 * @param antwoord the fixed answer, plain text
 * @param contacten ids of the contacts shown under the answer, in this order
 * @param aanvulling what the bot adds from other data
 * @param voorbeelden example phrasings, as teachers type them
 */
public record Informatievraag(
        String id, String antwoord, List<String> contacten, Aanvulling aanvulling, List<String> voorbeelden) {
    public Informatievraag {
        contacten = List.copyOf(contacten);
        voorbeelden = List.copyOf(voorbeelden);
    }
}
