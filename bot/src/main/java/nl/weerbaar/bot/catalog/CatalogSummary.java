package nl.weerbaar.bot.catalog;

import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Knelpunt;

/** The counts of a catalogue, as a line admins read after validating or reindexing. */
public record CatalogSummary(
        int themas,
        int knelpunten,
        int interventies,
        int trainingen,
        int locaties,
        int voorbeeldzinnen,
        int synoniemregels) {

    public static CatalogSummary of(Catalog c) {
        return new CatalogSummary(
                c.themas().size(),
                c.knelpunten().size(),
                c.knelpunten().stream().mapToInt(k -> k.interventies().size()).sum(),
                c.trainingen().size(),
                c.directory().locaties().size(),
                c.knelpunten().stream()
                        .map(Knelpunt::id)
                        .mapToInt(id -> c.herkenning().voorbeeldenVan(id).size())
                        .sum(),
                c.herkenning().synoniemen().size());
    }

    @Override
    public String toString() {
        return themas + " thema's, " + knelpunten + " knelpunten, " + interventies + " interventies, " + trainingen
                + " trainingen, " + locaties + " locaties, " + voorbeeldzinnen + " voorbeeldzinnen, " + synoniemregels
                + " synoniemregels";
    }
}
