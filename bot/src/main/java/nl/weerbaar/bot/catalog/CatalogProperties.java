package nl.weerbaar.bot.catalog;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the catalogue comes from.
 *
 * @param path an admin's own catalogue folder; when not set, the catalogue bundled in the jar
 */
@ConfigurationProperties("weerbaar.catalog")
public record CatalogProperties(Path path) {}
