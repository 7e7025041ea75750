package nl.weerbaar.bot;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the tests that drive the whole application on the bundled catalogue and an in-memory
 * H2 database; they share one application context. Each test uses its own user ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bot-tests;DB_CLOSE_DELAY=-1")
public abstract class BotTest {}
