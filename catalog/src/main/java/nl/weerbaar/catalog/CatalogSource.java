package nl.weerbaar.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the files of a catalogue come from: a folder on disk, or the one bundled in the jar. */
public interface CatalogSource {

    /** A description for messages, e.g. the folder's path. */
    String description();

    /** The file's text (UTF-8), or empty when the source has no such file. */
    Optional<String> read(String fileName) throws IOException;

    /** The catalogue folder an admin maintains. */
    static CatalogSource folder(Path folder) {
        return new CatalogSource() {
            @Override
            public String description() {
                return folder.toAbsolutePath().normalize().toString();
            }

            @Override
            public Optional<String> read(String fileName) throws IOException {
                Path file = folder.resolve(fileName);
                return Files.isRegularFile(file)
                        ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                        : Optional.empty();
            }
        };
    }

    /** The catalogue that ships inside the jar: the customer's document and an example school. */
    static CatalogSource bundled() {
        return new CatalogSource() {
            @Override
            public String description() {
                return "de meegeleverde catalogus";
            }

            @Override
            public Optional<String> read(String fileName) throws IOException {
                try (InputStream in = CatalogSource.class.getResourceAsStream("/" + BUNDLED_ROOT + "/" + fileName)) {
                    return in == null
                            ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        };
    }

    /** The classpath folder of the bundled catalogue. */
    String BUNDLED_ROOT = "weerbaar-catalogus";
}
