package nl.weerbaar.catalog;

import java.util.List;

/**
 * A bottleneck from the customer's document, with its interventies (verbatim texts, in the
 * document's order).
 */
public record Knelpunt(String id, String themaId, String tekst, List<String> interventies) {
    public Knelpunt {
        interventies = List.copyOf(interventies);
    }
}
