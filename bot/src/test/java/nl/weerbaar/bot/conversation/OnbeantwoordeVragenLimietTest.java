package nl.weerbaar.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.weerbaar.bot.BotTest;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.bot.reply.Bericht;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replays "no rate limit on unauthenticated questions that are stored" (issue 15, item 7): one
 * anonymous web chat user sends question after question the bot cannot place.
 */
class OnbeantwoordeVragenLimietTest extends BotTest {
    /** The default cap per sender per hour ({@code weerbaar.onbeantwoord.limiet.per-afzender}). */
    private static final int PER_AFZENDER = 20;

    @Autowired
    Gesprek gesprek;

    @Autowired
    JdbcClient jdbc;

    private final String kenmerk = "k" + UUID.randomUUID().toString().replace("-", "");

    private Antwoord vraag(String user, int i) {
        return gesprek.beantwoord(Bericht.tekst(
                Afzender.web(user), "de-linde", "Hoe laat gaat de school morgen uit? " + i + " " + kenmerk));
    }

    private int bewaard() {
        return jdbc.sql("select count(*) from onbeantwoorde_vraag where tekst like :k")
                .param("k", "%" + kenmerk)
                .query(Integer.class)
                .single();
    }

    @Test
    void oneSenderGetsEveryQuestionAnsweredButOnlyTwentyAnHourStoredAndOthersAreStillHeard() {
        Instant uur = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String aanvaller = "flood-" + kenmerk;

        for (int i = 0; i < PER_AFZENDER + 5; i++) {
            Antwoord antwoord = vraag(aanvaller, i);
            assertTrue(
                    antwoord.onderdelen().get(0) instanceof Tekst t
                            && t.tekst().startsWith("Dat kan ik niet goed plaatsen"),
                    "question " + i + " is still answered: " + antwoord);
        }
        int vanAanvaller = bewaard();
        vraag("colleague-" + kenmerk, 0);
        int metCollega = bewaard();

        assumeTrue(uur.equals(Instant.now().truncatedTo(ChronoUnit.HOURS)), "a new hour began during the test");
        assertEquals(PER_AFZENDER, vanAanvaller, "stored of one sender in one hour");
        assertEquals(PER_AFZENDER + 1, metCollega, "another sender's question is still stored");
    }
}
