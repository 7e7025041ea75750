package nl.weerbaar.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Builds catalogue folders for tests: a byte-for-byte copy of the bundled catalogue, changed by a
 * fixture folder from src/test/resources. A fixture folder holds replacement files (a whole
 * {@code organisatie.yaml} with one defect, say) and optionally a {@code defect.properties}:
 *
 * <ul>
 *   <li>{@code delete=<file>} removes a file from the copy;
 *   <li>{@code file=<file>} with {@code prepend=<line>} puts a line before the file's first line;
 *   <li>{@code file=<file>} with {@code replace=<line>} and {@code with=<lines>} replaces the first
 *       line equal to {@code replace} by {@code with} ({@code \n} between lines; empty removes it).
 * </ul>
 *
 * Defects in the recognition files use {@code defect.properties}, so the fixtures do not have to
 * copy those large, still-changing files.
 */
final class CatalogFixtures {

    static final String DEFECT = "defect.properties";

    private CatalogFixtures() {}

    /** Copies every file of the bundled catalogue into the folder. */
    static Path copyOfBundled(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String file : CatalogLoader.ALL_FILES) {
                Files.write(folder.resolve(file), bundledBytes(file));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bundledBytes(String file) throws IOException {
        String resource = "/" + CatalogSource.BUNDLED_ROOT + "/" + file;
        try (InputStream in = CatalogFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled catalogue has no " + file);
            }
            return in.readAllBytes();
        }
    }

    static String bundledText(String file) {
        try {
            return new String(bundledBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the bundled catalogue with the given fixture folders applied, in order. */
    static Path bundledWith(Path folder, String... fixtures) {
        copyOfBundled(folder);
        for (String fixture : fixtures) {
            apply(fixture, folder);
        }
        return folder;
    }

    /** The fixture folder on the test classpath, e.g. {@code broken/bestand-ontbreekt}. */
    static Path fixture(String name) {
        URL url = CatalogFixtures.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture folder " + name + " in src/test/resources");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Applies the fixture folder to a catalogue folder: replacements first, then defect.properties. */
    static void apply(String fixtureName, Path catalogue) {
        Path fixture = fixture(fixtureName);
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals(DEFECT)) {
                    continue;
                }
                if (!CatalogLoader.ALL_FILES.contains(name)) {
                    throw new IllegalStateException(fixtureName + "/" + name + " is not a catalogue file");
                }
                Files.copy(file, catalogue.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Path defect = fixture.resolve(DEFECT);
            if (Files.isRegularFile(defect)) {
                applyDefect(fixtureName, readProperties(defect), catalogue);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void applyDefect(String fixtureName, Properties defect, Path catalogue) throws IOException {
        for (String key : defect.stringPropertyNames()) {
            if (!List.of("delete", "file", "prepend", "replace", "with").contains(key)) {
                throw new IllegalStateException(fixtureName + "/" + DEFECT + ": unknown key " + key);
            }
        }
        String delete = defect.getProperty("delete");
        if (delete != null) {
            Files.delete(catalogue.resolve(delete));
        }
        String prepend = defect.getProperty("prepend");
        if (prepend != null) {
            Path file = catalogue.resolve(defect.getProperty("file"));
            Files.writeString(
                    file, prepend + "\n" + Files.readString(file, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        String replace = defect.getProperty("replace");
        if (replace != null) {
            Path file = catalogue.resolve(defect.getProperty("file"));
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            int at = lines.indexOf(replace);
            if (at < 0) {
                throw new IllegalStateException(fixtureName + "/" + DEFECT + ": no line '" + replace + "' in " + file);
            }
            String with = defect.getProperty("with", "");
            lines.remove(at);
            if (!with.isEmpty()) {
                lines.addAll(at, List.of(with.split("\n", -1)));
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
    }

    private static Properties readProperties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
