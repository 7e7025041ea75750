package nl.weerbaar.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.weerbaar.bot.conversation.Antwoord.AanspreekpuntDeel;
import nl.weerbaar.bot.conversation.Antwoord.KnelpuntDeel;
import nl.weerbaar.bot.conversation.Antwoord.Knop;
import nl.weerbaar.bot.conversation.Antwoord.Knoppen;
import nl.weerbaar.bot.conversation.Antwoord.Onderdeel;
import nl.weerbaar.bot.conversation.Antwoord.Overzicht;
import nl.weerbaar.bot.conversation.Antwoord.Soort;
import nl.weerbaar.bot.conversation.Antwoord.Tekst;
import nl.weerbaar.bot.conversation.Antwoord.ThemaRegel;
import nl.weerbaar.bot.conversation.Antwoord.TrainingRegel;
import nl.weerbaar.bot.conversation.Antwoord.TrainingenDeel;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Directory;
import nl.weerbaar.catalog.Knelpunt;
import nl.weerbaar.catalog.Locatie;
import nl.weerbaar.catalog.Training;

/** The building blocks of replies, with the bot's Dutch wording in one place. */
public final class ReplyParts {
    public static final String BEL_112 = "Bij acuut gevaar: bel 112.";
    static final String LOCATIE_VRAAG = "Op welke locatie werk je?";
    static final String BEDOEL_JE = "Bedoel je een van deze knelpunten?";
    public static final String SIGNAAL_VOORZICHTIG =
            "Beschrijf wat je ziet of hoort, niet wie de leerling is: één signaal"
                    + " bewijst nog niets. En een leerling die bij criminaliteit betrokken lijkt, is vaak zelf ook slachtoffer"
                    + " (criminele uitbuiting).";

    private ReplyParts() {}

    static Tekst tekst(String tekst) {
        return new Tekst(Soort.NORMAAL, tekst);
    }

    static Tekst waarschuwing(String tekst) {
        return new Tekst(Soort.WAARSCHUWING, tekst);
    }

    static Tekst notitie(String tekst) {
        return new Tekst(Soort.NOTITIE, tekst);
    }

    static KnelpuntDeel knelpunt(Catalog catalog, Knelpunt knelpunt) {
        String thema = catalog.thema(knelpunt.themaId()).map(t -> t.naam()).orElse(knelpunt.themaId());
        return new KnelpuntDeel(knelpunt.id(), thema, knelpunt.tekst(), knelpunt.interventies());
    }

    static AanspreekpuntDeel aanspreekpunt(Locatie locatie) {
        var a = locatie.aanspreekpunt();
        return new AanspreekpuntDeel(
                locatie.naam(),
                a.naam(),
                a.rol(),
                a.email(),
                a.telefoon(),
                locatie.backup().naam());
    }

    /** The trainingen given, or nothing at all when there are none: never padded. */
    static List<Onderdeel> trainingen(List<Training> trainingen) {
        if (trainingen.isEmpty()) {
            return List.of();
        }
        return List.of(new TrainingenDeel(trainingen.stream()
                .map(t -> new TrainingRegel(t.naam(), t.voor(), t.eersteZin(), t.voorLeraren() ? null : t.doelgroep()))
                .toList()));
    }

    static Knoppen locatieKeuze(Directory directory, String vraag) {
        return new Knoppen(
                vraag,
                directory.locaties().stream()
                        .map(l -> new Knop(l.naam(), Actie.of(Actie.LOCATIE, "locatie", l.id())))
                        .toList());
    }

    static Overzicht overzicht(Catalog catalog) {
        return new Overzicht(catalog.themas().stream()
                .map(t -> new ThemaRegel(
                        t.naam(),
                        t.knelpunten().stream()
                                .map(k -> new Knop(k.tekst(), Actie.of(Actie.KNELPUNT, "knelpunt", k.id())))
                                .toList()))
                .toList());
    }

    /** "Signaal doorgeven" with the opaque id of the draft that holds the teacher's words. */
    static Actie signaalDoorgeven(String conceptId) {
        return Actie.of(Actie.SIGNAAL, "concept", conceptId);
    }

    /** The buttons under a knelpunt answer. */
    static Knoppen antwoordKnoppen(String knelpuntId, double confidence, String signaalConcept) {
        String c = String.format(Locale.ROOT, "%.3f", confidence);
        List<Knop> knoppen = new ArrayList<>();
        knoppen.add(new Knop(
                "Dit helpt",
                new Actie(Actie.FEEDBACK, Map.of("knelpunt", knelpuntId, "helpt", "ja", "confidence", c))));
        knoppen.add(new Knop(
                "Niet wat ik zoek",
                new Actie(Actie.FEEDBACK, Map.of("knelpunt", knelpuntId, "helpt", "nee", "confidence", c))));
        if (signaalConcept != null) {
            knoppen.add(new Knop("Signaal doorgeven", signaalDoorgeven(signaalConcept)));
        }
        knoppen.add(new Knop("Andere knelpunten", Actie.of(Actie.OVERZICHT)));
        return new Knoppen(null, knoppen);
    }
}
