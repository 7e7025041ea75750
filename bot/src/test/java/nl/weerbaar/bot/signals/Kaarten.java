package nl.weerbaar.bot.signals;

import java.time.Instant;
import java.time.ZoneId;
import nl.weerbaar.bot.signals.SignaalTeksten.Rol;
import nl.weerbaar.catalog.Kanaal;

/**
 * Test data: signal cards as {@link SignaalKaarten} builds them, for the tests of each surface that
 * renders them. The names match the expected renderings under {@code src/test/resources/<surface>/signaalkaart/}.
 */
public final class Kaarten {
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Instant GEMELD = Instant.parse("2026-03-02T13:05:00Z");
    static final Instant OPGEPAKT = Instant.parse("2026-03-02T14:30:00Z");
    /** A description as hostile as a user can type it: HTML, mrkdwn, Markdown, a mention, a list. */
    public static final String VIJANDIGE_BESCHRIJVING =
            "<script>alert(1)</script> *vet* & <!channel> <at>Iedereen</at>\n- lijst";

    private Kaarten() {}

    static Signaal urgent() {
        return new Signaal(
                1,
                "S-ABC234",
                "de-linde",
                "k",
                true,
                VIJANDIGE_BESCHRIJVING,
                "J.B., 2B",
                Kanaal.SLACK,
                "U1",
                "Lotte Visser",
                Signaal.Status.NIEUW,
                GEMELD,
                0,
                null,
                null,
                null);
    }

    static Signaal normaalUitDeWebchat() {
        return new Signaal(
                2,
                "S-XYZ789",
                "het-baken",
                "k",
                false,
                "Leerling staat op de uitkijk.",
                null,
                Kanaal.WEB,
                "w1",
                null,
                Signaal.Status.NIEUW,
                GEMELD,
                1,
                null,
                null,
                null);
    }

    static Signaal normaalUitTeams() {
        return new Signaal(
                3,
                "S-TMS456",
                "het-baken",
                "k",
                false,
                "Ineens dure kleding.",
                null,
                Kanaal.TEAMS,
                "aad",
                "Daan Smit",
                Signaal.Status.NIEUW,
                GEMELD,
                2,
                null,
                null,
                null);
    }

    static Signaal opgepakt() {
        Signaal s = normaalUitTeams();
        return new Signaal(
                s.id(),
                s.referentie(),
                s.locatieId(),
                s.knelpuntId(),
                s.urgent(),
                s.beschrijving(),
                s.leerling(),
                s.melderKanaal(),
                s.melderId(),
                s.melderNaam(),
                Signaal.Status.OPGEPAKT,
                s.aangemaaktOp(),
                s.escalatieNiveau(),
                OPGEPAKT,
                "Marieke Jansen",
                null);
    }

    /** The delivered cards by name: {@code urgent-aanspreekpunt}, {@code normaal-backup}, {@code teams-beheerder}. */
    public static SignaalKaart bezorgd(String naam) {
        return switch (naam) {
            case "urgent-aanspreekpunt" ->
                SignaalKaarten.bezorging(urgent(), "Locatie De Linde", Rol.AANSPREEKPUNT, ZONE);
            case "normaal-backup" ->
                SignaalKaarten.bezorging(normaalUitDeWebchat(), "Locatie Het Baken", Rol.BACKUP, ZONE);
            case "teams-beheerder" ->
                SignaalKaarten.bezorging(normaalUitTeams(), "Locatie Het Baken", Rol.BEHEERDER, ZONE);
            default -> throw new IllegalArgumentException(naam);
        };
    }

    /** An urgent, new signal as the inbox shows it. */
    public static SignaalKaart inboxUrgent() {
        return SignaalKaarten.inbox(urgent(), "Locatie De Linde", ZONE);
    }

    /** A picked-up signal as the inbox shows it. */
    public static SignaalKaart inboxOpgepakt() {
        return SignaalKaarten.inbox(opgepakt(), "Locatie Het Baken", ZONE);
    }
}
