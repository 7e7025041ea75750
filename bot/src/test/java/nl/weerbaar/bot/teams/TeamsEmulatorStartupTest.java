package nl.weerbaar.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 15, item 1: the unauthenticated emulator mode exists only when asked for, and never
 * together with Teams or Slack credentials — such a setup does not start.
 */
class TeamsEmulatorStartupTest {
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TeamsProperties.class)
    static class Properties {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Properties.class, TeamsEndpointConfiguration.class);

    @ParameterizedTest
    @ValueSource(strings = {"MicrosoftAppId", "MicrosoftAppPassword", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"})
    void emulatorTogetherWithCredentialsRefusesToStart(String credential) {
        runner.withPropertyValues("weerbaar.teams.emulator=true", credential + "=something")
                .run(context -> {
                    assertNotNull(context.getStartupFailure(), "the context must not start");
                    Throwable root = context.getStartupFailure();
                    while (root.getCause() != null) {
                        root = root.getCause();
                    }
                    assertTrue(root.getMessage().contains("weerbaar.teams.emulator"), root.getMessage());
                    assertTrue(root.getMessage().contains(credential), root.getMessage());
                });
    }

    @Test
    void withoutAppIdAndWithoutEmulatorTheEndpointIsOff() {
        runner.run(context -> assertEquals(EndpointMode.OFF, context.getBean(EndpointMode.class)));
    }

    @Test
    void emulatorAloneIsTheLocalTrial() {
        runner.withPropertyValues("weerbaar.teams.emulator=true")
                .run(context -> assertEquals(EndpointMode.EMULATOR, context.getBean(EndpointMode.class)));
    }

    @Test
    void anAppIdMeansTokensAreChecked() {
        runner.withPropertyValues("MicrosoftAppId=app", "MicrosoftAppPassword=secret")
                .run(context -> assertEquals(EndpointMode.BOT_FRAMEWORK, context.getBean(EndpointMode.class)));
    }
}
