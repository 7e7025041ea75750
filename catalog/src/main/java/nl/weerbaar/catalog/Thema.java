package nl.weerbaar.catalog;

import java.util.List;

/** One of the document's three themes (Bewustwording, Bereidheid, Bekwaamheid) with its knelpunten. */
public record Thema(String id, String naam, List<Knelpunt> knelpunten) {
    public Thema {
        knelpunten = List.copyOf(knelpunten);
    }
}
