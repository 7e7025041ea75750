package nl.weerbaar.bot.conversation;

import static nl.weerbaar.bot.reply.ReplyParts.notitie;
import static nl.weerbaar.bot.reply.ReplyParts.tekst;
import static nl.weerbaar.bot.reply.ReplyParts.waarschuwing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.catalog.CatalogSnapshot;
import nl.weerbaar.bot.directory.LocatieResolver;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.bot.signals.Actor;
import nl.weerbaar.bot.signals.Concept;
import nl.weerbaar.bot.signals.OpenAantallen;
import nl.weerbaar.bot.signals.Signaal;
import nl.weerbaar.bot.signals.Signalen;
import nl.weerbaar.bot.signals.Voorstel;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Locatie;
import org.springframework.stereotype.Service;

/**
 * Passing on a signal, the same in every channel: description (prefilled from the teacher's
 * message, editable), locatie (known or asked), urgency (preset when recognition flagged it),
 * an optional pupil reference, then who will receive it and a confirmation. The draft lives in
 * the database and is made only when the teacher asks for it ("Signaal doorgeven", "melden", the
 * Slack form); every button carries only an opaque id (and "Signaal doorgeven" the key of its sealed
 * proposal), never text. The 112 advice stands at the start and on the confirmation that the
 * signal went (and when the flow ends otherwise), not on every step in between.
 */
@Service
public class SignaalFlow {
    private final Signalen signalen;
    private final CatalogService catalogs;
    private final LocatieResolver locaties;
    private final StapAntwoorden antwoorden = StapAntwoorden.laad();

    SignaalFlow(Signalen signalen, CatalogService catalogs, LocatieResolver locaties) {
        this.signalen = signalen;
        this.catalogs = catalogs;
        this.locaties = locaties;
    }

    /**
     * The "Signaal doorgeven" button under an answer: a sealed proposal, no draft. The button
     * carries its id and key; pressing it makes the draft ({@link #start}).
     */
    Actie voorstel(Afzender a, String tekst, String knelpuntId, boolean urgent, Optional<Locatie> locatie) {
        Voorstel v = signalen.voorstel(
                a, tekst, knelpuntId, urgent, locatie.map(Locatie::id).orElse(null));
        return ReplyParts.signaalDoorgeven(v.id(), v.sleutel());
    }

    /**
     * "melden", "signaal melden", or the button: {@code voorstelId} and {@code sleutel} are the
     * pressed button's (null when typed). A second press continues the draft the first one made,
     * or shows the signal it became; a proposal that does not open (expired, not this user's)
     * starts an empty draft.
     */
    List<Onderdeel> start(Afzender a, Catalog catalog, Optional<Locatie> locatie, String voorstelId, String sleutel) {
        Optional<Concept> concept = signalen.concept(voorstelId, a);
        if (voorstelId != null && concept.isEmpty()) {
            Optional<Signaal> al = signalen.verstuurd(voorstelId, a);
            if (al.isPresent()) {
                return verstuurdAntwoord(al.get());
            }
            concept = signalen.uitVoorstel(voorstelId, sleutel, a);
        }
        Concept c = concept.orElseGet(
                () -> signalen.nieuw(a, locatie.map(Locatie::id).orElse(null), Concept.Stap.BESCHRIJVING));
        if (c.locatieId() == null && locatie.isPresent()) {
            c = c.metLocatie(locatie.get().id());
        }
        return volgende(c, catalog, null, true);
    }

    /**
     * Typed text while a draft asks something; empty when no draft does. Every step understands the
     * short replies of {@link StapAntwoorden} (ja, nee, klopt niet, laat maar, …); at the free-text
     * steps (description, pupil) any other text is the answer, at a question with buttons it is none:
     * then the teacher is asked whether to go on or throw the draft away, never left without it.
     */
    Optional<List<Onderdeel>> getypt(Afzender a, String tekst, CatalogSnapshot snapshot) {
        Optional<Concept> wachtend = signalen.wachtOpTekst(a);
        if (wachtend.isEmpty()) {
            return Optional.empty();
        }
        Concept c = wachtend.get();
        Optional<StapAntwoorden.Soort> soort = antwoorden.soort(tekst);
        if (soort.isPresent() && soort.get() == StapAntwoorden.Soort.ANNULEER) {
            signalen.annuleer(c);
            return Optional.of(geannuleerd());
        }
        if (soort.isPresent() && soort.get() == StapAntwoorden.Soort.VERDER) {
            return Optional.of(volgende(c, snapshot.catalog(), null, false));
        }
        Optional<Commando> commando = Commando.herken(tekst);
        if (commando.isPresent() && (commando.get() == Commando.MELDEN || commando.get() == Commando.MIJN_MELDINGEN)) {
            // "melden" while a draft is open: this one first (go on or throw it away), never a second one
            return Optional.of(nietVerstuurd(c, tekst, snapshot));
        }
        return Optional.of(opStap(a, c, soort.orElse(null), tekst, snapshot));
    }

    /**
     * What typed text does at the step the draft is at.
     *
     * @param s the kind of short reply the text is; null when it is none
     */
    private List<Onderdeel> opStap(
            Afzender a, Concept c, StapAntwoorden.Soort s, String tekst, CatalogSnapshot snapshot) {
        Catalog catalog = snapshot.catalog();
        return switch (c.stap()) {
            case BESCHRIJVING -> {
                if (s != null) {
                    yield nietVerstuurd(c, tekst, snapshot); // "ja" or "nee" describes nothing
                }
                Concept beschreven = c.metBeschrijving(tekst, true);
                // a knife threat typed here is urgent: the recogniser's flag, not a second question
                if (snapshot.recognizer().recognize(tekst).urgent()) {
                    beschreven = beschreven.metUrgent(true);
                }
                yield volgende(beschreven, catalog, null, false);
            }
            case CONTROLE -> {
                if (s == StapAntwoorden.Soort.JA) {
                    yield volgende(c.metBeschrijving(c.beschrijving(), true), catalog, null, false);
                }
                yield s == StapAntwoorden.Soort.NEE || s == StapAntwoorden.Soort.AANPASSEN
                        ? aanpassen(c)
                        : nietVerstuurd(c, tekst, snapshot);
            }
            case LOCATIE -> {
                Optional<Locatie> genoemd = locatieGenoemd(catalog, tekst);
                yield genoemd.isPresent()
                        ? volgende(c.metLocatie(genoemd.get().id()), catalog, null, false)
                        : nietVerstuurd(c, tekst, snapshot);
            }
            case URGENTIE -> {
                if (s == StapAntwoorden.Soort.JA || s == StapAntwoorden.Soort.NEE) {
                    yield volgende(c.metUrgent(s == StapAntwoorden.Soort.JA), catalog, null, false);
                }
                yield nietVerstuurd(c, tekst, snapshot);
            }
            case LEERLING -> {
                if (s == StapAntwoorden.Soort.NEE || s == StapAntwoorden.Soort.OVERSLAAN) {
                    yield volgende(c.metLeerling(null), catalog, null, false);
                }
                if (s != null) {
                    yield volgende(c, catalog, GesprekTeksten.LEERLING_TYPEN, false);
                }
                yield volgende(c.metLeerling(tekst), catalog, null, false);
            }
            case BEVESTIGEN -> {
                if (s == StapAntwoorden.Soort.JA && c.compleet()) {
                    yield versturen(a, c);
                }
                yield s == StapAntwoorden.Soort.AANPASSEN ? aanpassen(c) : nietVerstuurd(c, tekst, snapshot);
            }
            case VOORSTEL, MODAL -> nietVerstuurd(c, tekst, snapshot); // never read: wachtOpTekst skips them
        };
    }

    /** True for a short reply to a question ("ja", "nee hoor", "laat maar", …), whether or not one is open. */
    boolean kortAntwoord(String tekst) {
        return antwoorden.soort(tekst).isPresent();
    }

    /**
     * Text that answers nothing the draft asked: the draft stays, and the teacher chooses to go on
     * ("Verder": the step again) or throw it away. When the text itself sounds like acute danger,
     * 112 to tap comes first.
     */
    private List<Onderdeel> nietVerstuurd(Concept c, String tekst, CatalogSnapshot snapshot) {
        List<Onderdeel> delen = new ArrayList<>();
        if (snapshot.recognizer().recognize(tekst).urgent()) {
            delen.add(ReplyParts.bellen(GesprekTeksten.BEL_112, "112").orElseThrow());
        }
        delen.add(new Knoppen(
                GesprekTeksten.NOG_NIET_VERSTUURD,
                List.of(knop(GesprekTeksten.VERDER, c, "verder"), knop(GesprekTeksten.WEGGOOIEN, c, "weggooien"))));
        return delen;
    }

    /** A locatie typed at the locatie question: its name ("De Linde", "locatie de linde") or id. */
    private static Optional<Locatie> locatieGenoemd(Catalog catalog, String tekst) {
        String genoemd = Commando.normaliseer(tekst);
        if (genoemd.isEmpty()) {
            return Optional.empty();
        }
        return catalog.directory().locaties().stream()
                .filter(l -> {
                    String naam = Commando.normaliseer(l.naam());
                    return naam.equals(genoemd)
                            || naam.endsWith(" " + genoemd)
                            || Commando.normaliseer(l.id()).equals(genoemd);
                })
                .findFirst();
    }

    private List<Onderdeel> aanpassen(Concept c) {
        signalen.bewaar(c.met(Concept.Stap.BESCHRIJVING));
        List<Onderdeel> delen = new ArrayList<>();
        delen.add(tekst(GesprekTeksten.typBeschrijving(c.beschrijving())));
        delen.add(notitie(ReplyParts.SIGNAAL_VOORZICHTIG));
        delen.add(new Knoppen(null, List.of(knop(GesprekTeksten.ANNULEREN, c, "annuleren"))));
        return delen;
    }

    private List<Onderdeel> versturen(Afzender a, Concept c) {
        String naam = a.naam() != null && !a.naam().isBlank()
                ? a.naam()
                : signalen.naamUitDirectory(a).orElse(null);
        return verstuurdAntwoord(signalen.verstuur(c, naam));
    }

    /** A button of the flow, or of a delivered signal's card. */
    List<Onderdeel> knop(Afzender a, Actie actie, Catalog catalog, Optional<Locatie> locatie) {
        switch (actie.type()) {
            case Actie.SIGNAAL -> {
                return start(a, catalog, locatie, actie.waarde("voorstel"), actie.waarde("sleutel"));
            }
            case Actie.SIGNAAL_OPGEPAKT -> {
                return uitkomst(signalen.oppakken(Actor.van(a), actie.waarde("signaal")), true);
            }
            case Actie.SIGNAAL_DOORSTUREN -> {
                return uitkomst(signalen.doorsturen(Actor.van(a), actie.waarde("signaal")), false);
            }
            case Actie.SIGNAAL_AFGEHANDELD -> {
                return uitkomst(signalen.afhandelen(Actor.van(a), actie.waarde("signaal")), false);
            }
            default -> {
                return stap(a, actie, catalog);
            }
        }
    }

    private List<Onderdeel> stap(Afzender a, Actie actie, Catalog catalog) {
        String id = actie.waarde("concept");
        Optional<Concept> gevonden = signalen.concept(id, a);
        if (gevonden.isEmpty()) {
            Optional<Signaal> al = signalen.verstuurd(id, a);
            if (al.isPresent()) {
                return verstuurdAntwoord(al.get()); // a double click on "Versturen": one signal
            }
            return List.of(waarschuwing(ReplyParts.BEL_112), tekst(GesprekTeksten.CONCEPT_VERLOPEN));
        }
        Concept c = gevonden.get();
        String keuze = actie.waarde("keuze") == null ? "" : actie.waarde("keuze");
        switch (keuze) {
            case "gebruik" -> c = c.metBeschrijving(c.beschrijving(), true);
            case "aanpassen" -> {
                return aanpassen(c);
            }
            case "dringend" -> c = c.metUrgent(true);
            case "niet-dringend" -> c = c.metUrgent(false);
            case "overslaan" -> c = c.metLeerling(null);
            case "locatie" -> {
                String locatieId = actie.waarde("locatie");
                if (locatieId != null && catalog.directory().locatie(locatieId).isPresent()) {
                    c = c.metLocatie(locatieId);
                }
            }
            case "annuleren" -> {
                signalen.annuleer(c);
                return geannuleerd();
            }
            case "weggooien" -> {
                signalen.annuleer(c);
                return List.of(waarschuwing(ReplyParts.BEL_112), tekst(GesprekTeksten.WEGGEGOOID));
            }
            case "versturen" -> {
                if (c.compleet()) {
                    return versturen(a, c);
                }
            }
            default -> {
                // "verder", or an unknown choice: show the step the draft is at
            }
        }
        return volgende(c, catalog, null, false);
    }

    /**
     * Saves the draft at the first piece still missing and asks for it.
     *
     * @param begin the first reply of the flow: the only step that starts with the 112 advice (the
     *     confirmation that the signal went is the other reply that has it)
     */
    private List<Onderdeel> volgende(Concept c, Catalog catalog, String vooraf, boolean begin) {
        List<Onderdeel> delen = new ArrayList<>();
        if (begin) {
            delen.add(waarschuwing(ReplyParts.BEL_112));
        }
        if (vooraf != null) {
            delen.add(tekst(vooraf));
        }
        if (c.beschrijving() == null || c.beschrijving().isBlank()) {
            signalen.bewaar(c.met(Concept.Stap.BESCHRIJVING));
            delen.add(tekst(GesprekTeksten.BESCHRIJF));
            delen.add(notitie(ReplyParts.SIGNAAL_VOORZICHTIG));
            delen.add(new Knoppen(null, List.of(knop(GesprekTeksten.ANNULEREN, c, "annuleren"))));
        } else if (!c.beschrijvingOk()) {
            signalen.bewaar(c.met(Concept.Stap.CONTROLE));
            delen.add(tekst(GesprekTeksten.doorgevenAls(c.beschrijving())));
            delen.add(notitie(ReplyParts.SIGNAAL_VOORZICHTIG));
            delen.add(new Knoppen(
                    GesprekTeksten.KLOPT_DIT,
                    List.of(
                            knop(GesprekTeksten.ZO_DOORGEVEN, c, "gebruik"),
                            knop(GesprekTeksten.AANPASSEN, c, "aanpassen"),
                            knop(GesprekTeksten.ANNULEREN, c, "annuleren"))));
        } else if (c.locatieId() == null) {
            signalen.bewaar(c.met(Concept.Stap.LOCATIE));
            List<Knop> knoppen = new ArrayList<>();
            for (Locatie l : catalog.directory().locaties()) {
                knoppen.add(new Knop(
                        l.naam(),
                        new Actie(
                                Actie.SIGNAAL_STAP, Map.of("concept", c.id(), "keuze", "locatie", "locatie", l.id()))));
            }
            delen.add(new Knoppen(GesprekTeksten.WELKE_LOCATIE, knoppen));
        } else if (c.urgent() == null) {
            signalen.bewaar(c.met(Concept.Stap.URGENTIE));
            delen.add(new Knoppen(
                    GesprekTeksten.DRINGEND_VRAAG,
                    List.of(
                            knop(GesprekTeksten.JA_DRINGEND, c, "dringend"),
                            knop(GesprekTeksten.NEE, c, "niet-dringend"))));
        } else if (!c.leerlingGevraagd()) {
            signalen.bewaar(c.met(Concept.Stap.LEERLING));
            delen.add(tekst(GesprekTeksten.LEERLING_VRAAG));
            delen.add(new Knoppen(
                    null,
                    List.of(
                            knop(GesprekTeksten.OVERSLAAN, c, "overslaan"),
                            knop(GesprekTeksten.ANNULEREN, c, "annuleren"))));
        } else {
            signalen.bewaar(c.met(Concept.Stap.BEVESTIGEN));
            delen.addAll(samenvatting(c));
        }
        return delen;
    }

    private List<Onderdeel> samenvatting(Concept c) {
        List<Onderdeel> delen = new ArrayList<>();
        delen.add(tekst(GesprekTeksten.CONTROLEER));
        delen.add(tekst(GesprekTeksten.beschrijving(c.beschrijving())));
        delen.add(tekst(GesprekTeksten.locatie(signalen.locatieNaam(c.locatieId()))));
        delen.add(tekst(GesprekTeksten.urgentie(Boolean.TRUE.equals(c.urgent()))));
        delen.add(tekst(GesprekTeksten.leerling(c.leerling())));
        delen.add(tekst(signalen.ontvangers(c.locatieId())
                .map(Signalen.Ontvangers::zin)
                .orElse(GesprekTeksten.NAAR_AANSPREEKPUNT)));
        delen.add(new Knoppen(
                GesprekTeksten.VERSTUREN_VRAAG,
                List.of(
                        knop(GesprekTeksten.VERSTUREN, c, "versturen"),
                        knop(GesprekTeksten.BESCHRIJVING_AANPASSEN, c, "aanpassen"),
                        knop(GesprekTeksten.ANNULEREN, c, "annuleren"))));
        return delen;
    }

    private List<Onderdeel> verstuurdAntwoord(Signaal s) {
        String naam = signalen.ontvangers(s.locatieId())
                .map(Signalen.Ontvangers::aanspreekpunt)
                .orElse(GesprekTeksten.HET_AANSPREEKPUNT);
        return List.of(
                waarschuwing(ReplyParts.BEL_112),
                tekst(GesprekTeksten.doorgegeven(naam, s.referentie())),
                tekst(GesprekTeksten.BERICHT_BIJ_OPPAKKEN));
    }

    private static List<Onderdeel> geannuleerd() {
        return List.of(waarschuwing(ReplyParts.BEL_112), tekst(GesprekTeksten.GEANNULEERD));
    }

    private static List<Onderdeel> uitkomst(Signalen.Uitkomst uitkomst, boolean afhandelenKnop) {
        List<Onderdeel> delen = new ArrayList<>();
        delen.add(tekst(uitkomst.tekst()));
        if (uitkomst.gelukt() && afhandelenKnop && uitkomst.signaal() != null) {
            delen.add(new Knoppen(
                    null,
                    List.of(new Knop(
                            GesprekTeksten.AFGEHANDELD,
                            Actie.of(
                                    Actie.SIGNAAL_AFGEHANDELD,
                                    "signaal",
                                    uitkomst.signaal().referentie())))));
        }
        return delen;
    }

    /**
     * "mijn meldingen": the teacher's own signals; for an aanspreekpunt or backup also the open ones
     * of their locaties; for an admin those escalated to the admins, the others as counts only.
     */
    List<Onderdeel> mijnMeldingen(Afzender a) {
        List<Onderdeel> delen = new ArrayList<>();
        List<Signaal> eigen = signalen.eigen(a);
        if (eigen.isEmpty()) {
            delen.add(tekst(GesprekTeksten.GEEN_EIGEN));
        } else {
            delen.add(tekst(GesprekTeksten.EIGEN));
            for (Signaal s : eigen) {
                delen.add(tekst(GesprekTeksten.eigenSignaal(
                        s.referentie(),
                        signalen.tijd(s.aangemaaktOp()),
                        signalen.locatieNaam(s.locatieId()),
                        status(s))));
            }
        }
        Actor actor = Actor.van(a);
        if (signalen.isBehandelaar(actor)) {
            List<Signaal> open = signalen.zichtbaarVoor(actor);
            delen.add(tekst(open.isEmpty() ? GesprekTeksten.GEEN_OPEN : GesprekTeksten.OPEN));
            for (Signaal s : open) {
                delen.add(tekst(GesprekTeksten.openSignaal(
                        s.referentie(), signalen.tijd(s.aangemaaktOp()), s.urgent(), status(s), s.beschrijving())));
                List<Knop> knoppen = new ArrayList<>();
                if (s.status() == Signaal.Status.NIEUW) {
                    knoppen.add(new Knop(
                            GesprekTeksten.OPGEPAKT, Actie.of(Actie.SIGNAAL_OPGEPAKT, "signaal", s.referentie())));
                } else {
                    knoppen.add(new Knop(
                            GesprekTeksten.AFGEHANDELD,
                            Actie.of(Actie.SIGNAAL_AFGEHANDELD, "signaal", s.referentie())));
                }
                delen.add(new Knoppen(null, knoppen));
            }
            OpenAantallen aantallen = signalen.aantallenVoor(actor);
            if (!aantallen.leeg()) {
                delen.add(tekst(aantallen.kop()));
                aantallen.regels().forEach(r -> delen.add(tekst(r.zin())));
            }
        }
        return delen;
    }

    private String status(Signaal s) {
        return switch (s.status()) {
            case NIEUW -> GesprekTeksten.STATUS_NIEUW;
            case OPGEPAKT -> GesprekTeksten.statusOpgepakt(s.opgepaktDoor(), signalen.tijd(s.opgepaktOp()));
            case AFGEHANDELD -> GesprekTeksten.STATUS_AFGEHANDELD;
        };
    }

    /** Notices for a web chat reporter (picked up, escalated), shown before the reply to their message. */
    List<Onderdeel> berichten(Afzender a) {
        return signalen.berichten(a).stream().<Onderdeel>map(ReplyParts::tekst).toList();
    }

    private static Knop knop(String label, Concept c, String keuze) {
        return new Knop(label, new Actie(Actie.SIGNAAL_STAP, Map.of("concept", c.id(), "keuze", keuze)));
    }

    // ---- the Slack modal: one form instead of steps, same draft and idempotency

    /**
     * What a form (the Slack modal) needs: the draft whose id goes into the form and comes back on
     * submit, the teacher's locatie when known (else the choice), and who will receive the signal.
     *
     * @param locatieId null when the form must ask
     * @param ontvangers the sentence naming the recipients, or a general one when the locatie is asked
     * @param keuzes the locaties to choose from (id to name)
     */
    public record Formulier(String conceptId, String locatieId, String ontvangers, Map<String, String> keuzes) {}

    public Formulier formulier(Afzender a) {
        Catalog catalog = catalogs.current().orElseThrow(() -> new IllegalStateException("no catalogue loaded"));
        Optional<Locatie> locatie = locaties.locatie(catalog.directory(), a);
        Concept c = signalen.nieuw(a, locatie.map(Locatie::id).orElse(null), Concept.Stap.MODAL);
        Map<String, String> keuzes = new java.util.LinkedHashMap<>();
        catalog.directory().locaties().forEach(l -> keuzes.put(l.id(), l.naam()));
        String ontvangers = locatie.flatMap(l -> signalen.ontvangers(l.id()))
                .map(Signalen.Ontvangers::zin)
                .orElse(GesprekTeksten.NAAR_GEKOZEN_LOCATIE);
        return new Formulier(c.id(), c.locatieId(), ontvangers, keuzes);
    }

    /** The form was submitted (possibly twice): sends the draft once and returns the confirmation. */
    public Antwoord formulierVersturen(
            Afzender a, String conceptId, String beschrijving, String locatieId, boolean urgent, String leerling) {
        Optional<Signaal> al = signalen.verstuurd(conceptId, a);
        if (al.isPresent()) {
            return new Antwoord("", verstuurdAntwoord(al.get()));
        }
        Optional<Concept> concept = signalen.concept(conceptId, a);
        if (concept.isEmpty()) {
            return new Antwoord(
                    "",
                    List.of(
                            waarschuwing(ReplyParts.BEL_112),
                            tekst(GesprekTeksten.FORMULIER_VERLOPEN),
                            new Knoppen(
                                    null, List.of(new Knop(ReplyParts.SIGNAAL_DOORGEVEN, Actie.of(Actie.SIGNAAL))))));
        }
        Concept c = concept.get()
                .metBeschrijving(beschrijving, true)
                .metUrgent(urgent)
                .metLeerling(leerling);
        if (locatieId != null) {
            c = c.metLocatie(locatieId);
        }
        if (!c.compleet()) {
            return new Antwoord(
                    "", List.of(waarschuwing(ReplyParts.BEL_112), tekst(GesprekTeksten.FORMULIER_ONVOLLEDIG)));
        }
        String naam = a.naam() != null && !a.naam().isBlank()
                ? a.naam()
                : signalen.naamUitDirectory(a).orElse(null);
        return new Antwoord("", verstuurdAntwoord(signalen.verstuur(c, naam)));
    }
}
