package nl.weerbaar.search;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of {@link RecognizerHolder#reindex}.
 *
 * @param swapped true when the new recogniser now serves
 * @param servingVersion the catalogue version serving after the call (the old one when the build
 *     failed)
 * @param buildTime how long the build took (also when it failed)
 * @param error why the build failed; empty when it succeeded
 */
public record ReindexResult(boolean swapped, String servingVersion, Duration buildTime, Optional<String> error) {}
