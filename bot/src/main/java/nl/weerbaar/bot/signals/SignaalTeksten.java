package nl.weerbaar.bot.signals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Soort;
import nl.weerbaar.bot.reply.Antwoord.Tekst;

/**
 * The Dutch wording of signals, channel-neutral: the signal card ({@link SignaalKaarten}), the
 * notices to the teacher, what the person acting on a signal is told ({@link Signalen}) and the
 * {@code inbox-link} command. See {@code GesprekTeksten} for why plain Java.
 */
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

    /** Under a name that is not in the directory any more. */
    static final String DE_BACKUP = "de backup";

    // what the person acting on a signal is told
    static final String BESTAAT_NIET = "Dat signaal bestaat niet (meer).";
    static final String NIET_AAN_JOU = "Sorry, dit signaal is niet aan jou toegewezen.";
    static final String NIET_AAN_JOU_OPPAKKEN = "Sorry, dit signaal is niet aan jou toegewezen, dus je kunt het niet"
            + " oppakken. Alleen het aanspreekpunt van de locatie en de backup kunnen dat.";
    static final String ALLEEN_AANSPREEKPUNT_STUURT_DOOR =
            "Sorry, alleen het aanspreekpunt van de locatie kan dit signaal doorsturen naar de backup.";
    static final String NIET_BIJ_BEHEERDERS = "Sorry, dit signaal is niet naar de beheerders geëscaleerd. Het"
            + " aanspreekpunt en de backup van de locatie handelen het af; als beheerder kun je het pas openen,"
            + " oppakken of doorsturen als het naar jou is geëscaleerd.";

    // what an admin sees of the open signals not escalated to them
    static final String AANTALLEN_KOP =
            "Open signalen die niet naar jou zijn geëscaleerd (alleen het aantal, de inhoud is voor het aanspreekpunt"
                    + " en de backup):";

    // the inbox-link command
    static final String LINK_OPDRACHT = "Persoonlijke inloglink voor de signalen-inbox (WEERBAAR_SIGNALEN_SECRET).";
    static final String LINK_EMAIL = "e-mail van een aanspreekpunt, backup of beheerder";
    static final String LINK_DAGEN =
            "dagen waarin de link één keer gebruikt kan worden (standaard 7; nooit langer dan de"
                    + " server toestaat, standaard 7)";
    static final String LINK_URL = "adres van Weerbaar";
    static final String LINK_URL_STANDAARD = "(standaard WEERBAAR_SIGNALEN_PUBLIEKE_URL of http://localhost:3978)";
    static final String LINK_CATALOG =
            "catalogusmap met de organisatie (standaard WEERBAAR_CATALOG_PATH of de meegeleverde)";
    static final String LINK_ZET_SECRET =
            "Zet WEERBAAR_SIGNALEN_SECRET (dezelfde waarde als weerbaar.signalen.secret van de app).";
    static final String LINK_DAGEN_MINSTENS_1 = "--dagen moet minstens 1 zijn.";
    static final String LINK_CATALOGUS_ONGELDIG = "De catalogus is ongeldig; controleer hem met 'validate'.";

    private SignaalTeksten() {}

    static String onbekendEmail(String email) {
        return "Geen aanspreekpunt, backup of beheerder met e-mail " + email + " in de organisatie.";
    }

    /** Before sending: who will receive the signal. */
    static String ontvangers(String aanspreekpunt, String backup) {
        return "Dit signaal gaat naar " + aanspreekpunt + " (aanspreekpunt) en " + backup
                + " (backup), en naar de beheerders bij escalatie als het niet op tijd wordt opgepakt.";
    }

    static String alOpgepakt(Signaal s, ZoneId zone) {
        return "Signaal " + s.referentie() + " is al opgepakt door " + s.opgepaktDoor() + " ("
                + tijd(s.opgepaktOp(), zone) + ").";
    }

    static String jeHebtOpgepakt(Signaal s) {
        return "Je hebt signaal " + s.referentie() + " opgepakt. De melder krijgt bericht dat jij het oppakt."
                + " Klik op '" + AFGEHANDELD + "' als het is afgerond.";
    }

    static String doorgestuurd(Signaal s, String backupNaam) {
        return "Signaal " + s.referentie() + " is doorgestuurd naar de backup, " + backupNaam
                + ". Het staat ook in diens inbox.";
    }

    static String eerstOppakken(Signaal s) {
        return "Pak signaal " + s.referentie() + " eerst op.";
    }

    static String afgehandeld(Signaal s) {
        return "Signaal " + s.referentie() + " is afgehandeld. De tekst wordt na de bewaartermijn gewist.";
    }

    static String alAfgehandeld(Signaal s) {
        return "Signaal " + s.referentie() + " was al afgehandeld.";
    }

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

    static String aantalOpen(String locatie, Signaal.Status status, long aantal) {
        String wat = status == Signaal.Status.NIEUW ? "nog niet opgepakt" : "opgepakt";
        return locatie + ", " + wat + ": " + aantal;
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
}
