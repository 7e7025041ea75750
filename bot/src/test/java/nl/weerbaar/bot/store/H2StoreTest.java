package nl.weerbaar.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store contract on the embedded default: an H2 file database. */
class H2StoreTest extends StoreContract {

    @TempDir
    static Path tmp;

    /** The database's folder, as an older version left it: open to everyone, with a readable file in it. */
    static Path data() {
        Path data = tmp.resolve("data");
        try {
            if (!Files.exists(data)) {
                Files.createDirectories(data);
                Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxrwxrwx"));
                Path oud = Files.writeString(data.resolve("weerbaar.trace.db"), "an older trace\n");
                Files.setPosixFilePermissions(oud, PosixFilePermissions.fromString("rw-r--r--"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:h2:file:" + data().resolve("weerbaar") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @Test
    void theDataFolderIsTheOwnersOnlyAndSoIsEveryFileInIt() throws IOException {
        Path data = data();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        List<Path> bestanden;
        try (Stream<Path> s = Files.list(data)) {
            bestanden = s.filter(Files::isRegularFile).toList();
        }
        assertTrue(bestanden.contains(data.resolve("weerbaar.mv.db")), bestanden.toString());
        for (Path bestand : bestanden) {
            assertEquals(
                    "rw-------",
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(bestand)),
                    bestand.toString());
        }
    }
}
