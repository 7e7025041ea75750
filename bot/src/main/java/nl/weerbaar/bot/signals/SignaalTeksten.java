package nl.weerbaar.bot.signals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Soort;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.catalog.Kanaal;

/** The Dutch wording of signal cards ({@link SignaalKaarten}) and notices, channel-neutral. */
final class SignaalTeksten {
    private static final DateTimeFormatter TIJD =
            DateTimeFormatter.ofPattern("EEE d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL"));

    /** Who a card goes to, which decides its heading and buttons. */
    enum Rol {
        AANSPREEKPUNT,
        BACKUP,
        BEHEERDER
    }

    // the facts of a signal card
    static final String BESCHRIJVING = "Beschrijving";
    static final String LEERLING = "Leerling";
    static final String GEMELD_DOOR = "Gemeld door";
    static final String TIJD_VELD = "Tijd";
    static final String URGENTIE = "Urgentie";
    static final String STATUS = "Status";

    // the buttons of a signal card
    static final String OPGEPAKT = "Opgepakt";
    static final String DOORSTUREN = "Doorsturen naar backup";
    static final String AFGEHANDELD = "Afgehandeld";

    private SignaalTeksten() {}

    static String tijd(Instant instant, ZoneId zone) {
        return instant == null ? "" : TIJD.format(instant.atZone(zone));
    }

    static String urgentie(boolean urgent) {
        return urgent ? "urgent" : "normaal";
    }

    static String melder(Signaal s) {
        String kanaal = switch (s.melderKanaal()) {
            case TEAMS -> "Teams";
            case SLACK -> "Slack";
            case WEB -> "webchat";
        };
        return (s.melderNaam() == null ? "een collega" : s.melderNaam()) + " (via " + kanaal + ")";
    }

    /** The heading of the card delivered to the aanspreekpunt, the backup or an admin. */
    static String kop(Signaal s, String locatieNaam, Rol rol) {
        String kop = (s.urgent() ? "Urgent signaal " : "Nieuw signaal ") + s.referentie() + " voor " + locatieNaam;
        return switch (rol) {
            case AANSPREEKPUNT -> kop + ".";
            case BACKUP -> kop + ". Je krijgt het als backup van het aanspreekpunt.";
            case BEHEERDER -> kop + ". Het is niet op tijd opgepakt; je krijgt het als beheerder.";
        };
    }

    /** The heading of a card in the web inbox, a list of signals. */
    static String inboxKop(Signaal s, String locatieNaam) {
        return (s.urgent() ? "Urgent signaal " : "Signaal ") + s.referentie() + " · " + locatieNaam;
    }

    static String status(Signaal s, ZoneId zone) {
        return s.status() == Signaal.Status.NIEUW
                ? "nog niet opgepakt"
                : "opgepakt door " + s.opgepaktDoor() + " (" + tijd(s.opgepaktOp(), zone) + ")";
    }

    static String opgepakt(Signaal s, ZoneId zone) {
        return "Je signaal " + s.referentie() + " is opgepakt door " + s.opgepaktDoor() + " ("
                + tijd(s.opgepaktOp(), zone) + ").";
    }

    static String geescaleerd(Signaal s, int niveau, String backupNaam) {
        return niveau == 1
                ? "Je signaal " + s.referentie() + " is nog niet opgepakt. Het is nu ook naar de backup gestuurd, "
                        + backupNaam + "."
                : "Je signaal " + s.referentie()
                        + " is nog steeds niet opgepakt. Het is nu ook naar de beheerders gestuurd.";
    }

    static Antwoord bericht(String tekst) {
        return new Antwoord("", List.of(new Tekst(Soort.NORMAAL, tekst)));
    }

    static String kanaalNaam(Kanaal kanaal) {
        return switch (kanaal) {
            case TEAMS -> "Teams";
            case SLACK -> "Slack";
            case WEB -> "web";
        };
    }
}
