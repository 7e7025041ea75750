package nl.weerbaar.catalog;

import java.util.List;

/**
 * A bottleneck from the customer's document, with its interventies (verbatim texts, in the
 * document's order).
 *
 * @param kort a short label of at most {@link #KORT_MAX} characters for buttons and lists, where
 *     the full sentence would be cut off (e.g. "Zicht op jeugdcriminaliteit"); the answer itself
 *     shows {@code tekst}
 */
public record Knelpunt(String id, String themaId, String kort, String tekst, List<String> interventies) {
    /** The longest short label: what a button in a 320 px wide chat shows whole. */
    public static final int KORT_MAX = 30;

    public Knelpunt {
        interventies = List.copyOf(interventies);
    }
}
