package nl.weerbaar.bot.admin;

import java.util.Map;
import java.util.Optional;
import nl.weerbaar.catalog.CatalogSource;

/** A catalogue held in memory: files read from a folder, a zip or the database. */
record GeheugenBron(String description, Map<String, String> bestanden) implements CatalogSource {
    GeheugenBron {
        bestanden = Map.copyOf(bestanden);
    }

    @Override
    public Optional<String> read(String fileName) {
        return Optional.ofNullable(bestanden.get(fileName));
    }
}
