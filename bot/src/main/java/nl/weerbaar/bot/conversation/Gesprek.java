package nl.weerbaar.bot.conversation;

import static nl.weerbaar.bot.reply.ReplyParts.notitie;
import static nl.weerbaar.bot.reply.ReplyParts.tekst;
import static nl.weerbaar.bot.reply.ReplyParts.waarschuwing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.catalog.CatalogSnapshot;
import nl.weerbaar.bot.directory.LocatieResolver;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.HerkendOp;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.bot.reply.ReplyParts;
import nl.weerbaar.bot.store.Database;
import nl.weerbaar.catalog.Aanvulling;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Functie;
import nl.weerbaar.catalog.Informatievraag;
import nl.weerbaar.catalog.Knelpunt;
import nl.weerbaar.catalog.Locatie;
import nl.weerbaar.search.Decision;
import nl.weerbaar.search.Match;
import nl.weerbaar.search.Recognition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * The channel-neutral conversation: turns one message into one reply. Channels only translate
 * their wire format into a {@link Bericht} and the {@link Antwoord} into theirs.
 */
@Service
public class Gesprek {
    private static final Logger log = LoggerFactory.getLogger(Gesprek.class);
    private final CatalogService catalogs;
    private final LocatieResolver locaties;
    private final FeedbackLog feedback;
    private final OnbeantwoordeVragen onbeantwoord;
    private final OnbeantwoordLimiet onbeantwoordLimiet;
    private final HerkenningLog herkenningen;
    private final Metingen metingen;
    private final Herindexering herindexering;
    private final SignaalFlow signalen;
    private final Database database;

    Gesprek(
            CatalogService catalogs,
            LocatieResolver locaties,
            FeedbackLog feedback,
            OnbeantwoordeVragen onbeantwoord,
            OnbeantwoordLimiet onbeantwoordLimiet,
            HerkenningLog herkenningen,
            Metingen metingen,
            Herindexering herindexering,
            SignaalFlow signalen,
            Database database) {
        this.catalogs = catalogs;
        this.locaties = locaties;
        this.feedback = feedback;
        this.onbeantwoord = onbeantwoord;
        this.onbeantwoordLimiet = onbeantwoordLimiet;
        this.herkenningen = herkenningen;
        this.metingen = metingen;
        this.herindexering = herindexering;
        this.signalen = signalen;
        this.database = database;
    }

    /** The reply to one message, built from exactly one catalogue version. */
    public Antwoord beantwoord(Bericht bericht) {
        metingen.bericht(bericht.afzender().kanaal());
        Optional<CatalogSnapshot> snapshot = catalogs.snapshot();
        if (snapshot.isEmpty()) {
            return opstarten();
        }
        Beurt beurt = new Beurt(snapshot.get(), bericht);
        List<Onderdeel> delen = new ArrayList<>(
                database.optional("signal notices", () -> signalen.berichten(bericht.afzender()), List.of()));
        String versie = snapshot.get().catalog().versie();
        try {
            List<Onderdeel> antwoord =
                    bericht.actie() != null ? knopGedrukt(beurt, bericht.actie()) : getypt(beurt, bericht.tekst());
            if (!antwoord.isEmpty() && antwoord.get(0) instanceof Antwoord.Bellen) {
                delen.add(0, antwoord.get(0)); // acute danger: "Bel 112" before any notice
                delen.addAll(antwoord.subList(1, antwoord.size()));
            } else {
                delen.addAll(antwoord);
            }
        } catch (DataAccessException | TransactionException e) {
            // Only steps that cannot work without the database get here (a signal being passed on):
            // never a 500, and never "doorgegeven" for something that was not stored.
            log.warn(
                    "Database unavailable for a conversation step: {}",
                    e.getClass().getSimpleName());
            delen.add(waarschuwing(ReplyParts.BEL_112));
            delen.add(tekst(GesprekTeksten.OPSLAG_WEG));
            delen.add(beurt.aanspreekpuntOfVraag());
        }
        if (bericht.gedeeld() && beurt.alleenPersoonlijk != null) {
            // signal contents are only ever shown in a personal conversation: here only where they went
            List<Onderdeel> hier = beurt.alleenPersoonlijk.equals(GesprekTeksten.SIGNAAL_PRIVE)
                    ? List.of(waarschuwing(ReplyParts.BEL_112), tekst(beurt.alleenPersoonlijk))
                    : List.of(tekst(beurt.alleenPersoonlijk));
            return new Antwoord(versie, hier, new Antwoord(versie, delen));
        }
        return new Antwoord(versie, delen);
    }

    /*
     * Queries: what a channel shows without the user asking anything (a welcome, its home page, the
     * help). They are not messages: they never reach a signal draft waiting for text and are not
     * counted in the metrics.
     */

    /** The welcome: the 112 advice, who Weerbaar is (greeting the user by name when known), the way to the knelpunten. */
    public Antwoord welkom(Afzender afzender) {
        return new Antwoord(
                versie(),
                List.of(
                        waarschuwing(ReplyParts.BEL_112),
                        groet(afzender),
                        new Knoppen(
                                null, List.of(new Knop(GesprekTeksten.BEKIJK_KNELPUNTEN, Actie.of(Actie.OVERZICHT))))));
    }

    /** A home page: the user's aanspreekpunt (or the question which locatie they work at) and the thema's. */
    public Antwoord thuis(Afzender afzender) {
        Optional<CatalogSnapshot> snapshot = catalogs.snapshot();
        if (snapshot.isEmpty()) {
            return opstarten();
        }
        Catalog catalog = snapshot.get().catalog();
        List<Onderdeel> delen = new ArrayList<>();
        delen.add(aanspreekpuntOfVraag(catalog, locaties.locatie(catalog.directory(), afzender)));
        delen.addAll(themas(catalog));
        return new Antwoord(catalog.versie(), delen);
    }

    /** What Weerbaar can do and how to ask it; the 112 advice last. */
    public Antwoord help() {
        return new Antwoord(versie(), hulp());
    }

    private String versie() {
        return catalogs.snapshot().map(s -> s.catalog().versie()).orElse("");
    }

    private static Antwoord opstarten() {
        return new Antwoord("", List.of(tekst(GesprekTeksten.OPSTARTEN), waarschuwing(ReplyParts.BEL_112)));
    }

    private static Onderdeel groet(Afzender afzender) {
        return tekst(GesprekTeksten.groet(afzender.naam()));
    }

    private static List<Onderdeel> hulp() {
        return List.of(
                tekst(GesprekTeksten.HELP_BESCHRIJF),
                tekst(GesprekTeksten.HELP_COMMANDOS),
                waarschuwing(ReplyParts.BEL_112));
    }

    private static List<Onderdeel> themas(Catalog catalog) {
        return List.of(tekst(GesprekTeksten.THEMAS), ReplyParts.overzicht(catalog));
    }

    /** The aanspreekpunt, or the question which locatie the user works at. */
    private static Onderdeel aanspreekpuntOfVraag(Catalog catalog, Optional<Locatie> locatie) {
        return locatie.<Onderdeel>map(ReplyParts::aanspreekpunt)
                .orElseGet(() -> ReplyParts.locatieKeuze(catalog.directory(), ReplyParts.LOCATIE_VRAAG));
    }

    /** One turn: the snapshot, the message and the locatie resolved once. */
    private final class Beurt {
        final CatalogSnapshot snapshot;
        final Catalog catalog;
        final Bericht bericht;
        Optional<Locatie> locatie;
        /**
         * Set when this turn shows signal contents (a list of signals, a step of passing one on, the
         * outcome of a signal's button): the sentence a shared conversation gets instead.
         */
        String alleenPersoonlijk;

        Beurt(CatalogSnapshot snapshot, Bericht bericht) {
            this.snapshot = snapshot;
            this.catalog = snapshot.catalog();
            this.bericht = bericht;
            this.locatie = bericht.locatieId() != null
                    ? locaties.kies(catalog.directory(), bericht.afzender(), bericht.locatieId())
                    : Optional.empty();
            if (locatie.isEmpty()) {
                locatie = locaties.locatie(catalog.directory(), bericht.afzender());
            }
        }

        String locatieId() {
            return locatie.map(Locatie::id).orElse(null);
        }

        /** What the user does, as the directory says; a teacher when it does not say. */
        Functie functie() {
            Afzender a = bericht.afzender();
            return catalog.directory()
                    .functieVanGebruiker(a.kanaal(), a.userId(), a.email())
                    .orElse(Functie.LERAAR);
        }

        /** The aanspreekpunt, or the question which locatie the user works at. */
        Onderdeel aanspreekpuntOfVraag() {
            return Gesprek.aanspreekpuntOfVraag(catalog, locatie);
        }
    }

    private List<Onderdeel> getypt(Beurt beurt, String tekst) {
        // a draft is written in the personal conversation only: what the teacher types in a channel
        // is a question, never the description or pupil of a draft waiting in their personal chat
        Optional<List<Onderdeel>> signaalStap = beurt.bericht.gedeeld()
                ? Optional.empty()
                : database.optional(
                        "signal draft",
                        () -> signalen.getypt(beurt.bericht.afzender(), tekst, beurt.snapshot),
                        Optional.empty());
        if (signaalStap.isPresent()) {
            beurt.alleenPersoonlijk = GesprekTeksten.SIGNAAL_PRIVE;
            return signaalStap.get();
        }
        Optional<Commando> commando = Commando.herken(tekst);
        if (commando.isPresent()) {
            return commando(beurt, commando.get());
        }
        long start = System.nanoTime();
        Recognition r = beurt.snapshot.recognizer().recognize(tekst);
        Duration duur = Duration.ofNanos(System.nanoTime() - start);
        Optional<Informatievraag> informatie = r.informatie().flatMap(beurt.catalog.informatie()::vraag);
        // an informatievraag answered for itself (not an English question that adds the best answer)
        boolean informatieAntwoord =
                informatie.isPresent() && informatie.get().aanvulling() != Aanvulling.BESTE_ANTWOORD;
        if (!informatieAntwoord && signalen.kortAntwoord(tekst)) {
            // "ja", "nee hoor", "laat maar" with no draft asking: not a question to recognise or keep.
            // A short reply that is also an informatievraag ("nee dank je": thanks) is that answer here;
            // at a question step of a draft it never got this far and is the short reply ("nee").
            return List.of(
                    tekst(GesprekTeksten.GEEN_VRAAG_OPEN),
                    new Knoppen(null, List.of(new Knop(GesprekTeksten.BEKIJK_KNELPUNTEN, Actie.of(Actie.OVERZICHT)))));
        }
        if (!informatieAntwoord || r.urgent()) {
            metingen.herkenning(r.decision(), duur);
            herkenningen.record(r.decision(), r.best(), beurt.bericht.afzender().kanaal(), beurt.locatieId());
        } else {
            // a greeting or a contact question answered from informatie.yaml is not a question the
            // bot did not know: neither the insight's "weet niet" nor the don't-know rate counts it
            metingen.informatievraag(duur);
        }
        if (r.urgent()) {
            return acuut(beurt, tekst, r);
        }
        List<Onderdeel> delen = new ArrayList<>();
        // an informatievraag's answer; for a question in another language it comes with the best
        // answer to the question itself, or with the honest "don't know"
        List<Onderdeel> bijNietGeplaatst = List.of();
        if (informatie.isPresent()) {
            List<Onderdeel> antwoord = InformatieAntwoord.voor(informatie.get(), beurt.catalog, beurt.locatie, tekst);
            if (informatieAntwoord) {
                delen.addAll(antwoord);
                if (r.signal()) {
                    delen.add(notitie(ReplyParts.SIGNAAL_VOORZICHTIG));
                    delen.add(signaalKnop(beurt, tekst, null, r.urgent()));
                }
                return delen;
            }
            if (r.decision() == Decision.DONT_KNOW) {
                bijNietGeplaatst = antwoord;
            } else {
                delen.addAll(antwoord);
                delen.add(tekst(GesprekTeksten.BESTE_POGING));
            }
        }
        switch (r.decision()) {
            case ANSWER -> {
                Match best = r.knelpunten().get(0);
                Actie doorgeven = r.signal() ? voorstel(beurt, tekst, best.knelpuntId(), r.urgent()) : null;
                delen.addAll(knelpuntAntwoord(
                        beurt,
                        beurt.catalog.knelpunt(best.knelpuntId()).orElseThrow(),
                        best.score(),
                        doorgeven,
                        r.matchedWords()));
                if (r.signal() && beurt.bericht.afzender().anoniem()) {
                    delen.add(notitie(GesprekTeksten.SIGNAAL_INLOGGEN));
                }
            }
            case ASK -> {
                delen.add(tekst(GesprekTeksten.NIET_ZEKER));
                List<Knop> opties = new ArrayList<>();
                for (Match m : r.knelpunten()) {
                    beurt.catalog
                            .knelpunt(m.knelpuntId())
                            .ifPresent(
                                    k -> opties.add(new Knop(k.kort(), Actie.of(Actie.KNELPUNT, "knelpunt", k.id()))));
                }
                opties.add(new Knop(GesprekTeksten.GEEN_VAN_DEZE, Actie.of(Actie.OVERZICHT)));
                delen.add(new Knoppen(ReplyParts.BEDOEL_JE, opties));
                if (r.signal()) {
                    delen.add(notitie(ReplyParts.SIGNAAL_VOORZICHTIG));
                    delen.add(signaalKnop(beurt, tekst, null, r.urgent()));
                }
            }
            case DONT_KNOW -> {
                // a signal is never stored (bewaar refuses it too): it does not use up the sender's quota
                if (!r.signal() && !r.urgent() && onbeantwoordLimiet.magBewaren(beurt.bericht.afzender())) {
                    onbeantwoord.bewaar(tekst, r, beurt.bericht.afzender().kanaal(), beurt.locatieId(), beurt.catalog);
                }
                delen.add(tekst(GesprekTeksten.NIET_TE_PLAATSEN));
                delen.addAll(bijNietGeplaatst);
                delen.add(ReplyParts.overzicht(beurt.catalog));
                delen.add(beurt.aanspreekpuntOfVraag());
                if (r.signal()) {
                    delen.add(notitie(ReplyParts.SIGNAAL_VOORZICHTIG));
                    delen.add(signaalKnop(beurt, tekst, null, r.urgent()));
                }
            }
        }
        return delen;
    }

    /**
     * Acute danger: "Bel 112" to tap, three immediate steps (the aanspreekpunt's phone to tap, or the
     * question which locatie), then "Signaal doorgeven" with the urgency already set. The knelpunt's
     * interventies and trainingen are one tap away, not in the way.
     */
    private List<Onderdeel> acuut(Beurt beurt, String tekst, Recognition r) {
        List<Onderdeel> delen = new ArrayList<>();
        delen.add(ReplyParts.bellen(GesprekTeksten.BEL_112, "112").orElseThrow());
        delen.add(tekst(GesprekTeksten.ACUUT_DOE_NU));
        delen.add(tekst(GesprekTeksten.ACUUT_VEILIGHEID));
        delen.add(tekst(GesprekTeksten.ACUUT_NIET_CONFRONTEREN));
        Optional<Locatie> locatie = beurt.locatie;
        if (locatie.isPresent()) {
            var aanspreekpunt = locatie.get().aanspreekpunt();
            delen.add(tekst(GesprekTeksten.acuutWaarschuwen(aanspreekpunt.naam())));
            Optional<Antwoord.Bellen> bellen = ReplyParts.bellen(
                    GesprekTeksten.bel(aanspreekpunt.naam(), aanspreekpunt.telefoon()), aanspreekpunt.telefoon());
            if (bellen.isPresent()) {
                delen.add(bellen.get());
            } else {
                delen.add(beurt.aanspreekpuntOfVraag()); // no phone: the e-mail address at least
            }
        } else {
            delen.add(tekst(GesprekTeksten.ACUUT_WAARSCHUWEN));
            delen.add(beurt.aanspreekpuntOfVraag());
        }
        String knelpuntId =
                r.decision() == Decision.ANSWER ? r.knelpunten().get(0).knelpuntId() : null;
        List<Knop> knoppen = new ArrayList<>();
        Actie doorgeven = voorstel(beurt, tekst, knelpuntId, true);
        if (doorgeven != null) {
            knoppen.add(new Knop(ReplyParts.SIGNAAL_DOORGEVEN, doorgeven, true));
        }
        knoppen.add(
                knelpuntId != null
                        ? new Knop(GesprekTeksten.MEER_OVER_KNELPUNT, Actie.of(Actie.KNELPUNT, "knelpunt", knelpuntId))
                        : new Knop(GesprekTeksten.BEKIJK_KNELPUNTEN, Actie.of(Actie.OVERZICHT)));
        delen.add(new Knoppen(null, knoppen));
        if (doorgeven == null) {
            delen.add(notitie(
                    beurt.bericht.afzender().anoniem()
                            ? GesprekTeksten.SIGNAAL_INLOGGEN
                            : GesprekTeksten.SIGNAAL_NU_NIET));
        }
        return delen;
    }

    /** "Signaal doorgeven" on its own, for answers without the knelpunt buttons. */
    private Onderdeel signaalKnop(Beurt beurt, String tekst, String knelpuntId, boolean urgent) {
        if (beurt.bericht.afzender().anoniem()) {
            return notitie(GesprekTeksten.SIGNAAL_INLOGGEN);
        }
        Actie doorgeven = voorstel(beurt, tekst, knelpuntId, urgent);
        return doorgeven == null
                ? notitie(GesprekTeksten.SIGNAAL_NU_NIET)
                : new Knoppen(null, List.of(new Knop(ReplyParts.SIGNAAL_DOORGEVEN, doorgeven)));
    }

    /**
     * What the "Signaal doorgeven" button carries: a sealed proposal, not a draft (the draft is made
     * when it is pressed); null when the database is unavailable or the user is anonymous (nothing
     * holds an anonymous user's words).
     */
    private Actie voorstel(Beurt beurt, String tekst, String knelpuntId, boolean urgent) {
        if (beurt.bericht.afzender().anoniem()) {
            return null;
        }
        return database.optional(
                "signal draft",
                () -> signalen.voorstel(beurt.bericht.afzender(), tekst, knelpuntId, urgent, beurt.locatie),
                null);
    }

    private List<Onderdeel> knelpuntAntwoord(
            Beurt beurt, Knelpunt knelpunt, double confidence, Actie signaalDoorgeven, List<String> herkendOp) {
        List<Onderdeel> delen = new ArrayList<>();
        delen.add(ReplyParts.knelpunt(beurt.catalog, knelpunt));
        if (signaalDoorgeven != null) {
            delen.add(notitie(ReplyParts.SIGNAAL_VOORZICHTIG));
        }
        delen.add(beurt.aanspreekpuntOfVraag());
        delen.addAll(ReplyParts.trainingen(beurt.catalog.trainingenVoor(knelpunt.id()), beurt.functie()));
        if (!herkendOp.isEmpty()) {
            delen.add(new HerkendOp(herkendOp));
        }
        delen.add(ReplyParts.antwoordKnoppen(knelpunt.id(), confidence, signaalDoorgeven));
        return delen;
    }

    private List<Onderdeel> commando(Beurt beurt, Commando commando) {
        Catalog catalog = beurt.catalog;
        if (commando == Commando.MELDEN || commando == Commando.MIJN_MELDINGEN) {
            if (beurt.bericht.afzender().onbevestigd()) {
                throw sessieNietNagekeken();
            }
            if (beurt.bericht.afzender().anoniem()) {
                return inloggenVoorSignalen(beurt);
            }
        }
        return switch (commando) {
            case HELP -> hulp();
            case AANSPREEKPUNT -> List.of(beurt.aanspreekpuntOfVraag());
            case TRAININGEN -> {
                List<Onderdeel> delen = new ArrayList<>();
                delen.add(tekst(GesprekTeksten.TRAININGEN));
                delen.addAll(ReplyParts.trainingen(catalog.trainingen(), beurt.functie()));
                yield delen;
            }
            case LOCATIE ->
                beurt.locatie
                        .<List<Onderdeel>>map(l -> List.of(
                                tekst(GesprekTeksten.jeLocatie(l.naam())),
                                ReplyParts.locatieKeuze(catalog.directory(), GesprekTeksten.ANDERE_LOCATIE)))
                        .orElseGet(
                                () -> List.of(ReplyParts.locatieKeuze(catalog.directory(), ReplyParts.LOCATIE_VRAAG)));
            case THEMAS -> themas(catalog);
            case MELDEN -> {
                beurt.alleenPersoonlijk = GesprekTeksten.SIGNAAL_PRIVE;
                yield signalen.start(beurt.bericht.afzender(), catalog, beurt.locatie, null, null);
            }
            case MIJN_MELDINGEN -> {
                beurt.alleenPersoonlijk = GesprekTeksten.MELDINGEN_PRIVE;
                yield signalen.mijnMeldingen(beurt.bericht.afzender());
            }
            case HERINDEXEER -> herindexeer(beurt);
        };
    }

    private List<Onderdeel> knopGedrukt(Beurt beurt, Actie actie) {
        Catalog catalog = beurt.catalog;
        switch (actie.type()) {
            case Actie.KNELPUNT -> {
                Optional<Knelpunt> knelpunt =
                        Optional.ofNullable(actie.waarde("knelpunt")).flatMap(catalog::knelpunt);
                if (knelpunt.isPresent()) {
                    return knelpuntAntwoord(beurt, knelpunt.get(), 1.0, null, List.of());
                }
                return List.of(tekst(GesprekTeksten.KNELPUNT_WEG), ReplyParts.overzicht(catalog));
            }
            case Actie.LOCATIE -> {
                Optional<Locatie> gekozen = Optional.ofNullable(actie.waarde("locatie"))
                        .flatMap(id -> locaties.kies(catalog.directory(), beurt.bericht.afzender(), id));
                if (gekozen.isEmpty()) {
                    return List.of(ReplyParts.locatieKeuze(
                            catalog.directory(), GesprekTeksten.LOCATIE_ONBEKEND + " " + ReplyParts.LOCATIE_VRAAG));
                }
                return List.of(
                        tekst(GesprekTeksten.locatieGekozen(gekozen.get().naam())),
                        ReplyParts.aanspreekpunt(gekozen.get()));
            }
            case Actie.FEEDBACK -> {
                String knelpuntId = actie.waarde("knelpunt");
                if (knelpuntId == null || catalog.knelpunt(knelpuntId).isEmpty()) {
                    return List.of(tekst(GesprekTeksten.DANK_REACTIE));
                }
                boolean helpt = "ja".equals(actie.waarde("helpt"));
                feedback.record(
                        knelpuntId,
                        helpt,
                        confidence(actie.waarde("confidence")),
                        beurt.bericht.afzender().kanaal(),
                        beurt.locatieId());
                return helpt
                        ? List.of(tekst(GesprekTeksten.HELPT))
                        : List.of(tekst(GesprekTeksten.HELPT_NIET), ReplyParts.overzicht(catalog));
            }
            case Actie.SIGNAAL,
                    Actie.SIGNAAL_STAP,
                    Actie.SIGNAAL_OPGEPAKT,
                    Actie.SIGNAAL_DOORSTUREN,
                    Actie.SIGNAAL_AFGEHANDELD -> {
                if (beurt.bericht.afzender().onbevestigd()) {
                    throw sessieNietNagekeken();
                }
                if (beurt.bericht.afzender().anoniem()) {
                    return inloggenVoorSignalen(beurt);
                }
                beurt.alleenPersoonlijk = GesprekTeksten.SIGNAAL_PRIVE;
                return signalen.knop(beurt.bericht.afzender(), actie, catalog, beurt.locatie);
            }
            case Actie.OVERZICHT -> {
                return themas(catalog);
            }
            default -> {
                return List.of(tekst(GesprekTeksten.KNOP_ONBEKEND));
            }
        }
    }

    /**
     * A signal step of a web chat user whose session the database could not confirm: the same reply
     * as any signal step during an outage (nothing passed on, the aanspreekpunt to call), not "this
     * draft expired".
     */
    private static DataAccessResourceFailureException sessieNietNagekeken() {
        return new DataAccessResourceFailureException("the web chat session could not be checked");
    }

    /**
     * Signal features asked for in the anonymous web chat: nothing is read, written or audited; the
     * 112 advice, where to sign in, and the aanspreekpunt to turn to meanwhile.
     */
    private static List<Onderdeel> inloggenVoorSignalen(Beurt beurt) {
        return List.of(
                waarschuwing(ReplyParts.BEL_112),
                tekst(GesprekTeksten.INLOGGEN_VOOR_SIGNALEN),
                beurt.aanspreekpuntOfVraag());
    }

    /** "herindexeer": admins named in the directory reindex the catalogue; anyone else gets a polite no. */
    private List<Onderdeel> herindexeer(Beurt beurt) {
        Afzender afzender = beurt.bericht.afzender();
        if (!beurt.catalog.directory().isAdmin(afzender.kanaal(), afzender.userId(), afzender.email())) {
            return List.of(tekst(GesprekTeksten.HERINDEXEREN_NIET));
        }
        String door = afzender.kanaal().name().toLowerCase(Locale.ROOT) + ":" + afzender.userId();
        return herindexering.herindexeer(door);
    }

    private static Double confidence(String waarde) {
        try {
            double c = Double.parseDouble(waarde);
            return c >= 0 && c <= 1 ? c : null;
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }
}
