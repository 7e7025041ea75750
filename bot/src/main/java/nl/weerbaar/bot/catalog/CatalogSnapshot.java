package nl.weerbaar.bot.catalog;

import java.time.Instant;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.search.Recognizer;

/**
 * One catalogue version with the recogniser built from it. Immutable: a reply built from one
 * snapshot comes wholly from one catalogue version, however often the catalogue is swapped.
 */
public record CatalogSnapshot(Catalog catalog, Recognizer recognizer, String source, Instant loadedAt) {}
