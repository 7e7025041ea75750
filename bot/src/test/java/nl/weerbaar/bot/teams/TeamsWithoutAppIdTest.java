package nl.weerbaar.bot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.UUID;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.signals.Melden;
import nl.weerbaar.catalog.Kanaal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 15, item 1: a Slack-only or web-only setup (no MicrosoftAppId) without {@code
 * weerbaar.teams.emulator=true} has no Teams endpoint. The attack replayed: a caller on the machine
 * itself, no token, impersonating an aanspreekpunt by her AAD object id, asks "mijn meldingen" with
 * its own service URL.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:teams-no-app-id;DB_CLOSE_DELAY=-1")
class TeamsWithoutAppIdTest extends TeamsHttpTest {
    static final String MARIEKE = "00000000-0000-4000-8000-000000000201"; // aanspreekpunt Het Baken

    @Autowired
    Gesprek gesprek;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLoopbackCallerImpersonatingAnAanspreekpuntGets404AndNoSignalTextLeavesTheBot() throws Exception {
        String marker = "Loopbackmarker-" + UUID.randomUUID();
        Melden.meld(
                gesprek,
                new Afzender(Kanaal.WEB, "teacher-" + UUID.randomUUID(), "Daan", null, null, null),
                "het-baken",
                "Leerling wordt na school opgewacht door oudere jongens. " + marker,
                false);
        ObjectNode activity = fixture("02-personal-chat-message.json");
        ((ObjectNode) activity.path("from")).put("aadObjectId", MARIEKE);
        activity.put("text", "mijn meldingen");

        assertEquals(404, send(null, JSON.writeValueAsString(activity)).statusCode());

        assertEquals(0, connectorCalls().size(), "nothing was posted to the caller's service URL");
        assertFalse(
                WIREMOCK.getAllServeEvents().stream()
                        .anyMatch(e -> e.getRequest().getBodyAsString().contains(marker)),
                "the signal text never left the bot");
        assertEquals(
                0,
                jdbc.sql("select count(*) from teams_gesprek where service_url = :url")
                        .param("url", serviceUrl)
                        .query(Integer.class)
                        .single(),
                "no conversation reference points at the caller");
    }
}
