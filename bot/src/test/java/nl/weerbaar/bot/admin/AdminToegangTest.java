package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import nl.weerbaar.bot.admin.AdminToegang.Uitkomst;
import org.junit.jupiter.api.Test;

class AdminToegangTest {
    private static final String TOKEN = "a-test-admin-token-of-thirty-two-chars";
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
    private final AdminToegang toegang = new AdminToegang(new AdminProperties(TOKEN, 5, Duration.ofMinutes(1)), klok);

    private Uitkomst probeer(String adres, String token) {
        return toegang.beoordeel(adres, token == null ? null : "Bearer " + token)
                .uitkomst();
    }

    @Test
    void theRightTokenPassesAndNoHeaderIsNoAttempt() {
        for (int i = 0; i < 10; i++) {
            assertEquals(Uitkomst.GEEN, probeer("10.0.0.1", null));
        }
        assertEquals(Uitkomst.GELDIG, probeer("10.0.0.1", TOKEN));
        assertEquals(
                Uitkomst.ONGELDIG,
                toegang.beoordeel("10.0.0.1", "Basic " + TOKEN).uitkomst());
    }

    @Test
    void aBlockedAddressStillGetsAnonymousRequestsThroughSoHealthProbesKeepWorking() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Uitkomst.ONGELDIG, probeer("10.0.0.9", "wrong-" + i));
        }
        assertEquals(Uitkomst.GEBLOKKEERD, probeer("10.0.0.9", TOKEN));

        assertEquals(Uitkomst.GEEN, probeer("10.0.0.9", null), "a probe without a token is no attempt");
    }

    @Test
    void fiveFailuresBlockThatAddressForTheRestOfTheMinuteOnly() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Uitkomst.ONGELDIG, probeer("10.0.0.6", "wrong-" + i));
        }
        nu = nu.plusSeconds(20);

        AdminToegang.Oordeel geblokkeerd = toegang.beoordeel("10.0.0.6", "Bearer " + TOKEN);
        assertEquals(Uitkomst.GEBLOKKEERD, geblokkeerd.uitkomst());
        assertEquals(Duration.ofSeconds(40), geblokkeerd.wacht());
        assertEquals(Uitkomst.GELDIG, probeer("10.0.0.7", TOKEN), "another address is not affected");

        nu = nu.plusSeconds(40);
        assertEquals(Uitkomst.GELDIG, probeer("10.0.0.6", TOKEN));
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteAreNotBlocked() {
        for (int i = 0; i < 10; i++) {
            assertEquals(Uitkomst.ONGELDIG, probeer("10.0.0.8", "wrong-" + i), "attempt " + i);
            nu = nu.plusSeconds(15);
        }
    }

    @Test
    void withoutAConfiguredTokenNothingIsValid() {
        AdminToegang uit = new AdminToegang(new AdminProperties(null, null, null), klok);

        assertEquals(Uitkomst.ONGELDIG, uit.beoordeel("10.0.0.9", "Bearer ").uitkomst());
    }
}
