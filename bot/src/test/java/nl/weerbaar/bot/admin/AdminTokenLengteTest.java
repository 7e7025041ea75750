package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.bot.WeerbaarApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Replays "any non-blank admin token is accepted" (issue 15, item 7): a short token stops the start-up. */
class AdminTokenLengteTest {
    /** The shortest token the issue allows, stated here rather than taken from the code under test. */
    private static final int MIN_TOKEN = 32;

    @Test
    void aThirtyOneCharacterAdminTokenStopsTheApplicationWithAClearMessage() {
        String kort = "a".repeat(MIN_TOKEN - 1);

        RuntimeException fout =
                assertThrows(RuntimeException.class, () -> start(kort).close());

        List<String> berichten = new ArrayList<>();
        for (Throwable t = fout; t != null; t = t.getCause()) {
            berichten.add(String.valueOf(t.getMessage()));
        }
        assertTrue(
                berichten.stream()
                        .anyMatch(m -> m.contains("weerbaar.admin.token has 31 characters; it needs at least 32")),
                berichten.toString());
        assertTrue(berichten.stream().noneMatch(m -> m.contains(kort)), "the token itself is never in a message");
    }

    private static ConfigurableApplicationContext start(String token) {
        return new SpringApplicationBuilder(WeerbaarApplication.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=jdbc:h2:mem:admin-token-lengte;DB_CLOSE_DELAY=-1",
                        "weerbaar.admin.token=" + token)
                .run();
    }
}
