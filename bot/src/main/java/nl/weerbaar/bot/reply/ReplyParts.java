package nl.weerbaar.bot.reply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.bot.reply.Antwoord.AanspreekpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.Bellen;
import nl.weerbaar.bot.reply.Antwoord.KnelpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.Antwoord.Overzicht;
import nl.weerbaar.bot.reply.Antwoord.Soort;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.bot.reply.Antwoord.ThemaRegel;
import nl.weerbaar.bot.reply.Antwoord.TrainingRegel;
import nl.weerbaar.bot.reply.Antwoord.TrainingenDeel;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Directory;
import nl.weerbaar.catalog.Functie;
import nl.weerbaar.catalog.Knelpunt;
import nl.weerbaar.catalog.Locatie;
import nl.weerbaar.catalog.Training;

/**
 * The building blocks of replies, and the sentences and labels that more than one feature says
 * (the 112 advice, the locatie question, "Bedoel je …?", the caution about signals). Each feature's
 * own texts are in its {@code …Teksten} class.
 */
public final class ReplyParts {
    public static final String BEL_112 = "Bij acuut gevaar: bel 112.";
    public static final String LOCATIE_VRAAG = "Op welke locatie werk je?";
    public static final String BEDOEL_JE = "Bedoel je een van deze knelpunten?";
    public static final String SIGNAAL_VOORZICHTIG =
            "Beschrijf wat je ziet of hoort, niet wie de leerling is: één signaal"
                    + " bewijst nog niets. En een leerling die bij criminaliteit betrokken lijkt, is vaak zelf ook slachtoffer"
                    + " (criminele uitbuiting).";

    /** Button labels. */
    public static final String SIGNAAL_DOORGEVEN = "Signaal doorgeven";

    /** Headings every channel puts above the parts of a reply. */
    public static final String JE_AANSPREEKPUNT = "Je aanspreekpunt";

    public static final String TRAININGEN = "Trainingen";
    public static final String HERKEND_OP = "Herkend op";

    /** Before a training meant for someone other than the asker. */
    static final String VOOR_LERAREN = "Voor leraren";

    static final String VOOR_JE_SCHOOLLEIDING = "Voor je schoolleiding";
    static final String VOOR_JE_GEMEENTE = "Voor je gemeente";

    static final String DIT_HELPT = "Dit helpt";
    static final String NIET_WAT_IK_ZOEK = "Niet wat ik zoek";
    static final String ANDERE_KNELPUNTEN = "Andere knelpunten";

    private ReplyParts() {}

    public static Tekst tekst(String tekst) {
        return new Tekst(Soort.NORMAAL, tekst);
    }

    public static Tekst waarschuwing(String tekst) {
        return new Tekst(Soort.WAARSCHUWING, tekst);
    }

    public static Tekst notitie(String tekst) {
        return new Tekst(Soort.NOTITIE, tekst);
    }

    /**
     * A number to call with one tap; empty when {@code telefoon} holds no digits. Spaces, dashes and
     * brackets are dropped ("010 000 0101" dials {@code tel:0100000101}).
     */
    public static Optional<Bellen> bellen(String label, String telefoon) {
        if (telefoon == null) {
            return Optional.empty();
        }
        String nummer = telefoon.strip().replaceAll("[^0-9+]", "");
        return nummer.matches("\\+?[0-9]+") ? Optional.of(new Bellen(label, nummer)) : Optional.empty();
    }

    public static KnelpuntDeel knelpunt(Catalog catalog, Knelpunt knelpunt) {
        String thema = catalog.thema(knelpunt.themaId()).map(t -> t.naam()).orElse(knelpunt.themaId());
        return new KnelpuntDeel(knelpunt.id(), thema, knelpunt.tekst(), knelpunt.interventies());
    }

    public static AanspreekpuntDeel aanspreekpunt(Locatie locatie) {
        var a = locatie.aanspreekpunt();
        return new AanspreekpuntDeel(
                locatie.naam(),
                a.naam(),
                a.rol(),
                a.email(),
                a.telefoon(),
                locatie.backup().naam());
    }

    /**
     * The trainingen given, for an asker with this functie: theirs first, each other one named with
     * whom it is for ("Voor je schoolleiding: …"), never as if meant for the asker; nothing at all when
     * there are none: never padded.
     */
    public static List<Onderdeel> trainingen(List<Training> trainingen, Functie asker) {
        if (trainingen.isEmpty()) {
            return List.of();
        }
        return List.of(new TrainingenDeel(trainingen.stream()
                .sorted(Comparator.comparing(t -> t.publiek() != asker))
                .map(t -> new TrainingRegel(
                        t.publiek() == asker ? t.naam() : voorWie(t.publiek()) + ": " + t.naam(),
                        t.voor(),
                        t.eersteZin(),
                        t.voorLeraren() ? null : t.doelgroep()))
                .toList()));
    }

    private static String voorWie(Functie publiek) {
        return switch (publiek) {
            case LERAAR -> VOOR_LERAREN;
            case SCHOOLLEIDING -> VOOR_JE_SCHOOLLEIDING;
            case GEMEENTE -> VOOR_JE_GEMEENTE;
        };
    }

    public static Knoppen locatieKeuze(Directory directory, String vraag) {
        return new Knoppen(
                vraag,
                directory.locaties().stream()
                        .map(l -> new Knop(l.naam(), Actie.of(Actie.LOCATIE, "locatie", l.id())))
                        .toList());
    }

    public static Overzicht overzicht(Catalog catalog) {
        return new Overzicht(catalog.themas().stream()
                .map(t -> new ThemaRegel(
                        t.naam(),
                        t.knelpunten().stream()
                                .map(k -> new Knop(k.kort(), Actie.of(Actie.KNELPUNT, "knelpunt", k.id())))
                                .toList()))
                .toList());
    }

    /** "Signaal doorgeven" with the opaque id of the draft that holds the teacher's words. */
    public static Actie signaalDoorgeven(String voorstel, String sleutel) {
        return new Actie(Actie.SIGNAAL, Map.of("voorstel", voorstel, "sleutel", sleutel));
    }

    /** The buttons under a knelpunt answer. */
    public static Knoppen antwoordKnoppen(String knelpuntId, double confidence, Actie signaalDoorgeven) {
        String c = String.format(Locale.ROOT, "%.3f", confidence);
        List<Knop> knoppen = new ArrayList<>();
        knoppen.add(new Knop(
                DIT_HELPT, new Actie(Actie.FEEDBACK, Map.of("knelpunt", knelpuntId, "helpt", "ja", "confidence", c))));
        knoppen.add(new Knop(
                NIET_WAT_IK_ZOEK,
                new Actie(Actie.FEEDBACK, Map.of("knelpunt", knelpuntId, "helpt", "nee", "confidence", c))));
        if (signaalDoorgeven != null) {
            knoppen.add(new Knop(SIGNAAL_DOORGEVEN, signaalDoorgeven));
        }
        knoppen.add(new Knop(ANDERE_KNELPUNTEN, Actie.of(Actie.OVERZICHT)));
        return new Knoppen(null, knoppen);
    }
}
