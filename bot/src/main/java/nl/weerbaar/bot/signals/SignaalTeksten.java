package nl.weerbaar.bot.signals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.Antwoord.Soort;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.catalog.Kanaal;

/** The Dutch wording of signal cards and notices, channel-neutral (rendered by each channel). */
final class SignaalTeksten {
    private static final DateTimeFormatter TIJD =
            DateTimeFormatter.ofPattern("EEE d MMMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL"));

    /** Who a card goes to, which decides its heading and buttons. */
    enum Rol {
        AANSPREEKPUNT,
        BACKUP,
        BEHEERDER
    }

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

    /** The card an aanspreekpunt, backup or admin receives. */
    static Antwoord kaart(Signaal s, String locatieNaam, Rol rol, ZoneId zone) {
        List<Onderdeel> delen = new ArrayList<>();
        if (s.urgent()) {
            delen.add(new Tekst(Soort.WAARSCHUWING, ReplyParts.BEL_112));
        }
        String kop = (s.urgent() ? "Urgent signaal " : "Nieuw signaal ") + s.referentie() + " voor " + locatieNaam;
        delen.add(new Tekst(
                Soort.NORMAAL,
                switch (rol) {
                    case AANSPREEKPUNT -> kop + ".";
                    case BACKUP -> kop + ". Je krijgt het als backup van het aanspreekpunt.";
                    case BEHEERDER -> kop + ". Het is niet op tijd opgepakt; je krijgt het als beheerder.";
                }));
        delen.add(new Tekst(Soort.NORMAAL, "Beschrijving: " + s.beschrijving()));
        if (s.leerling() != null) {
            delen.add(new Tekst(Soort.NORMAAL, "Leerling: " + s.leerling()));
        }
        delen.add(new Tekst(Soort.NORMAAL, "Gemeld door: " + melder(s)));
        delen.add(new Tekst(Soort.NORMAAL, "Tijd: " + tijd(s.aangemaaktOp(), zone)));
        delen.add(new Tekst(Soort.NORMAAL, "Urgentie: " + urgentie(s.urgent())));
        delen.add(new Tekst(Soort.NOTITIE, ReplyParts.SIGNAAL_VOORZICHTIG));
        List<Knop> knoppen = new ArrayList<>();
        knoppen.add(new Knop("Opgepakt", Actie.of(Actie.SIGNAAL_OPGEPAKT, "signaal", s.referentie())));
        if (rol != Rol.BACKUP) {
            knoppen.add(
                    new Knop("Doorsturen naar backup", Actie.of(Actie.SIGNAAL_DOORSTUREN, "signaal", s.referentie())));
        }
        delen.add(new Knoppen(null, knoppen));
        return new Antwoord("", delen);
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
