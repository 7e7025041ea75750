package nl.weerbaar.bot.signals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.bot.signals.SignaalKaart.Veld;
import nl.weerbaar.bot.signals.SignaalTeksten.Rol;

/**
 * Builds the {@link SignaalKaart} of a signal, the one model every surface renders; the wording is
 * {@link SignaalTeksten}'s. The delivered card announces a new signal to its reader; the inbox card
 * shows where the signal stands.
 */
final class SignaalKaarten {

    private SignaalKaarten() {}

    /** The card delivered to the aanspreekpunt, the backup or an admin. */
    static SignaalKaart bezorging(Signaal s, String locatieNaam, Rol rol, ZoneId zone) {
        List<Knop> knoppen = new ArrayList<>();
        knoppen.add(knop(SignaalTeksten.OPGEPAKT, Actie.SIGNAAL_OPGEPAKT, s));
        if (rol != Rol.BACKUP) {
            knoppen.add(knop(SignaalTeksten.DOORSTUREN, Actie.SIGNAAL_DOORSTUREN, s));
        }
        return new SignaalKaart(
                s.referentie(),
                s.urgent(),
                waarschuwing(s),
                SignaalTeksten.kop(s, locatieNaam, rol),
                velden(s, zone),
                ReplyParts.SIGNAAL_VOORZICHTIG,
                knoppen);
    }

    /** The card in the web inbox: the same facts with the status, and what can be done now. */
    static SignaalKaart inbox(Signaal s, String locatieNaam, ZoneId zone) {
        List<Veld> velden = new ArrayList<>(velden(s, zone));
        velden.add(new Veld(SignaalTeksten.STATUS, SignaalTeksten.status(s, zone)));
        List<Knop> knoppen = s.status() == Signaal.Status.NIEUW
                ? List.of(
                        knop(SignaalTeksten.OPGEPAKT, Actie.SIGNAAL_OPGEPAKT, s),
                        knop(SignaalTeksten.DOORSTUREN, Actie.SIGNAAL_DOORSTUREN, s))
                : List.of(knop(SignaalTeksten.AFGEHANDELD, Actie.SIGNAAL_AFGEHANDELD, s));
        return new SignaalKaart(
                s.referentie(),
                s.urgent(),
                waarschuwing(s),
                SignaalTeksten.inboxKop(s, locatieNaam),
                velden,
                null,
                knoppen);
    }

    private static String waarschuwing(Signaal s) {
        return s.urgent() ? ReplyParts.BEL_112 : null;
    }

    private static List<Veld> velden(Signaal s, ZoneId zone) {
        List<Veld> velden = new ArrayList<>();
        velden.add(new Veld(SignaalTeksten.BESCHRIJVING, s.beschrijving()));
        if (s.leerling() != null) {
            velden.add(new Veld(SignaalTeksten.LEERLING, s.leerling()));
        }
        velden.add(new Veld(SignaalTeksten.GEMELD_DOOR, SignaalTeksten.melder(s)));
        velden.add(new Veld(SignaalTeksten.TIJD_VELD, SignaalTeksten.tijd(s.aangemaaktOp(), zone)));
        velden.add(new Veld(SignaalTeksten.URGENTIE, SignaalTeksten.urgentie(s.urgent())));
        return velden;
    }

    private static Knop knop(String label, String actie, Signaal s) {
        return new Knop(label, Actie.of(actie, "signaal", s.referentie()));
    }
}
