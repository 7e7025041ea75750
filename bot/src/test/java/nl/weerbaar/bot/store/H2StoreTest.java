package nl.weerbaar.bot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store contract on the embedded default: an H2 file database. */
class H2StoreTest extends StoreContract {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("weerbaar") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
}
