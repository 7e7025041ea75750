package nl.weerbaar.bot.aanmelding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context of the sign-in tests (Spring caches it for all of them): the web
 * chat on, sign-in with the two providers of {@link SchoolIdp}, the bundled catalogue and its
 * directory, an H2 file of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AanmeldingContext {
    static final Path DATA = tempDir();
    static final String SECRET = "test-aanmelding-geheim";

    @DynamicPropertySource
    static void aanmelding(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("weerbaar") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("weerbaar.web.enabled", () -> "true");
        // the inbox links stay as a fallback beside the sign-in
        registry.add("weerbaar.signalen.secret", () -> SECRET);
        SchoolIdp.registraties(registry);
    }

    @LocalServerPort
    int port;

    String url(String pad) {
        return "http://localhost:" + port + pad;
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("weerbaar-aanmelding");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
