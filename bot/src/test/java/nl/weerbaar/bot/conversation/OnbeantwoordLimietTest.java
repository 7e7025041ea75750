package nl.weerbaar.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.catalog.Kanaal;
import org.junit.jupiter.api.Test;

class OnbeantwoordLimietTest {
    private Instant nu = Instant.parse("2026-03-02T10:15:00Z");
    private final Clock klok = new Clock() {
        @Override
        public Instant instant() {
            return nu;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };

    private final OnbeantwoordLimiet limiet = new OnbeantwoordLimiet(new OnbeantwoordLimiet.Properties(2, 3), klok);

    @Test
    void aSenderIsCappedPerHourAndTheSameUserIdInAnotherChannelIsAnotherSender() {
        Afzender web = Afzender.web("u1");
        Afzender slack = new Afzender(Kanaal.SLACK, "u1", null, null, null, null);

        assertTrue(limiet.magBewaren(web));
        assertTrue(limiet.magBewaren(web));
        assertFalse(limiet.magBewaren(web));
        assertTrue(limiet.magBewaren(slack));
    }

    @Test
    void everyoneTogetherIsCappedPerHourSoRotatingIdentitiesDoesNotHelp() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limiet.magBewaren(Afzender.web("rotating-" + i)));
        }

        assertFalse(limiet.magBewaren(Afzender.web("rotating-3")));
    }

    @Test
    void theNextHourStartsAfresh() {
        Afzender web = Afzender.web("u1");
        limiet.magBewaren(web);
        limiet.magBewaren(web);

        nu = nu.plus(Duration.ofMinutes(45)); // 11:00

        assertTrue(limiet.magBewaren(web));
    }
}
