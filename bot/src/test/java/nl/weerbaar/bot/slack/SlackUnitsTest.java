package nl.weerbaar.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.AppConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nl.weerbaar.bot.reply.Actie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The small parts of the Slack channel, without Spring. */
class SlackUnitsTest {
    private final ButtonValues values = new ButtonValues(JsonMapper.builder().build());

    @Test
    void actionSurvivesTheRoundTripThroughAButtonValue() {
        Actie actie = new Actie(Actie.FEEDBACK, Map.of("knelpunt", "bereidheid-bespreekbaar", "helpt", "ja"));

        assertEquals(actie, values.actie(values.value(actie)).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"click_me_123", "{", "[]", "{\"waarden\":{}}", "{\"type\":\"\"}", "null"})
    void valueThatIsNotOneOfOursIsNoAction(String value) {
        assertTrue(values.actie(value).isEmpty());
    }

    @Test
    void mentionsLinksAndEntitiesAreRemovedFromAQuestion() {
        assertEquals(
                "Er is geen meldstructuur & zo <echt> zie site #algemeen",
                SlackText.question(
                        "<@W111>  Er is geen meldstructuur &amp; zo &lt;echt&gt; zie <https://x.example|site> <#C1|algemeen> <!here>"));
        assertEquals("", SlackText.question("<@W111>"));
    }

    @Test
    void signatureIsCheckedOverTheBytesWithinFiveMinutesBothWays() {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        RequestSignature signature = new RequestSignature("secret", Clock.fixed(now, ZoneOffset.UTC));
        byte[] body = "tekst met é en ë".getBytes(StandardCharsets.UTF_8);
        String ts = String.valueOf(now.getEpochSecond());

        assertTrue(signature.isValid(ts, signature.sign(ts, body), body));
        assertFalse(
                signature.isValid(ts, signature.sign(ts, body), "tekst met e en e".getBytes(StandardCharsets.UTF_8)));
        String old =
                String.valueOf(now.minus(Duration.ofMinutes(5)).minusSeconds(1).getEpochSecond());
        assertFalse(signature.isValid(old, signature.sign(old, body), body));
        String future = String.valueOf(now.plus(Duration.ofMinutes(6)).getEpochSecond());
        assertFalse(signature.isValid(future, signature.sign(future, body), body));
        assertFalse(signature.isValid("12abc", "v0=00", body));
        assertFalse(signature.isValid(null, null, body));
    }

    @Test
    void boltIsConfiguredForOneWorkspaceWhateverOAuthSettingsTheEnvironmentHas() {
        Slack slack = Slack.getInstance(new SlackConfig());

        AppConfig config = SlackConfiguration.appConfig(slack, "xoxb-1", "secret");

        assertFalse(config.isDistributedApp());
        assertNull(config.getClientId());
        assertNull(config.getClientSecret());
        assertFalse(config.isOAuthInstallPathEnabled());
        assertFalse(config.isOAuthRedirectUriPathEnabled());
        assertEquals("xoxb-1", config.getSingleTeamBotToken());
    }
}
