package nl.weerbaar.catalog;

import java.util.List;

/** The document's title, its introduction paragraphs and the introduction to its trainings. */
public record Introductie(String titel, List<String> paragrafen, String trainingenInleiding) {
    public Introductie {
        paragrafen = List.copyOf(paragrafen);
    }
}
