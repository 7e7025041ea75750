package nl.weerbaar.bot.signals;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.signals.Signaal.Status;
import nl.weerbaar.catalog.Directory;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.catalog.Locatie;
import nl.weerbaar.catalog.Persoon;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signals as the conversation and the web inbox see them: drafts, sending (one transaction with
 * the delivery jobs, idempotent on the draft's id), picking up, forwarding, handling, and who may
 * see what. Every read and change is audited (who, when, what; never the text).
 */
@Service
public class Signalen {
    private static final char[] REFERENTIE_TEKENS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final String SYSTEEM = "systeem";

    /**
     * The result of an action on a signal, with the sentence for the person who acted.
     *
     * @param geweigerd true when the person may not act on this signal at all (not theirs; audited)
     */
    public record Uitkomst(boolean gelukt, String tekst, Signaal signaal, boolean geweigerd) {
        public Uitkomst(boolean gelukt, String tekst, Signaal signaal) {
            this(gelukt, tekst, signaal, false);
        }

        static Uitkomst weigering(String tekst, Signaal signaal) {
            return new Uitkomst(false, tekst, signaal, true);
        }
    }

    /** Who receives a signal of a locatie: before sending, the teacher is told. */
    public record Ontvangers(String locatie, String aanspreekpunt, String backup) {
        public String zin() {
            return SignaalTeksten.ontvangers(aanspreekpunt, backup);
        }
    }

    private final SignaalOpslag opslag;
    private final Voorstellen voorstellen;
    private final SignaalPlanner planner;
    private final CatalogService catalogs;
    private final Clock clock;
    private final SignalenProperties properties;
    private final TransactionTemplate tx;
    private final SecureRandom random = new SecureRandom();

    Signalen(
            SignaalOpslag opslag,
            Voorstellen voorstellen,
            SignaalPlanner planner,
            CatalogService catalogs,
            Clock clock,
            SignalenProperties properties,
            PlatformTransactionManager transactions) {
        this.opslag = opslag;
        this.voorstellen = voorstellen;
        this.planner = planner;
        this.catalogs = catalogs;
        this.clock = clock;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
    }

    // ---- drafts

    /**
     * What "Signaal doorgeven" under an answer will prefill, sealed: no draft yet, nothing the server
     * can read without the button ({@link Voorstellen}). The draft is made when the teacher presses it.
     */
    public Voorstel voorstel(Afzender a, String tekst, String knelpuntId, boolean urgent, String locatieId) {
        return voorstellen.bewaar(
                a.kanaal(),
                a.userId(),
                new Voorstellen.Inhoud(Concept.kort(tekst, Concept.MAX_BESCHRIJVING), knelpuntId, urgent, locatieId),
                clock.instant());
    }

    /**
     * "Signaal doorgeven" was pressed: the sealed proposal becomes the teacher's draft, with the
     * proposal's id, and the proposal is deleted. Empty when the key does not open it (another
     * user's press, a forged button) or it expired.
     */
    public Optional<Concept> uitVoorstel(String id, String sleutel, Afzender a) {
        Instant geldigVanaf = geldigVanaf();
        Optional<Voorstellen.Inhoud> inhoud = voorstellen.open(id, sleutel, a.kanaal(), a.userId(), geldigVanaf);
        if (inhoud.isEmpty()) {
            return Optional.empty();
        }
        Voorstellen.Inhoud v = inhoud.get();
        Instant nu = clock.instant();
        Concept c = new Concept(
                id,
                a.kanaal(),
                a.userId(),
                Concept.Stap.VOORSTEL,
                v.tekst(),
                false,
                v.locatieId(),
                v.knelpuntId(),
                v.urgent() ? Boolean.TRUE : null,
                null,
                false,
                nu);
        boolean genomen = Boolean.TRUE.equals(tx.execute(status -> {
            if (!opslag.verwijderVoorstel(id)) {
                return false; // a concurrent press of the same button took it
            }
            opslag.nieuwConcept(c, nu);
            return true;
        }));
        return genomen ? Optional.of(c) : concept(id, a);
    }

    public Concept nieuw(Afzender a, String locatieId, Concept.Stap stap) {
        Concept c = new Concept(
                UUID.randomUUID().toString(),
                a.kanaal(),
                a.userId(),
                stap,
                null,
                false,
                locatieId,
                null,
                null,
                null,
                false,
                clock.instant());
        opslag.nieuwConcept(c, clock.instant());
        opslag.parkeerAndere(c.id(), c.kanaal(), c.userId());
        return c;
    }

    /** The user's own draft, while it is valid. */
    public Optional<Concept> concept(String id, Afzender a) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return opslag.concept(id, a.kanaal(), a.userId(), geldigVanaf());
    }

    /** The user's draft at a step that asks something (the latest one), while it is valid. */
    public Optional<Concept> wachtOpTekst(Afzender a) {
        return opslag.wachtOpTekst(a.kanaal(), a.userId(), geldigVanaf());
    }

    public Concept bewaar(Concept c) {
        opslag.bewaarConcept(c, clock.instant());
        if (c.stap().wachtOpAntwoord()) {
            opslag.parkeerAndere(c.id(), c.kanaal(), c.userId());
        }
        return c;
    }

    public void annuleer(Concept c) {
        opslag.verwijderConcept(c.id());
    }

    private Instant geldigVanaf() {
        return clock.instant().minus(properties.conceptGeldigheid());
    }

    // ---- sending

    /** The signal a draft already became (a second click on "Versturen"), if the user sent it. */
    public Optional<Signaal> verstuurd(String conceptId, Afzender a) {
        if (conceptId == null) {
            return Optional.empty();
        }
        return opslag.signaalMetSleutel(conceptId)
                .filter(s -> s.melderKanaal() == a.kanaal() && s.melderId().equals(a.userId()));
    }

    /**
     * Commits the signal, its first delivery jobs and its first escalation in one transaction and
     * deletes the draft. Idempotent: the draft's id is the signal's unique key, so a second send of
     * the same draft returns the signal the first one made.
     */
    public Signaal verstuur(Concept c, String melderNaam) {
        if (!c.compleet()) {
            throw new IllegalStateException("draft is not complete");
        }
        Locatie locatie =
                directory().locatie(c.locatieId()).orElseThrow(() -> new IllegalStateException("unknown locatie"));
        for (int poging = 0; ; poging++) {
            try {
                Long id = tx.execute(status -> {
                    Instant nu = clock.instant();
                    long signaal = opslag.maak(c, referentie(), melderNaam, nu);
                    opslag.verwijderConcept(c.id());
                    opslag.audit(signaal, "GEMAAKT", new Actor(c.kanaal(), c.userId(), null).audit(), null, nu);
                    planner.bezorgAan(signaal, locatie.aanspreekpunt(), "aanspreekpunt");
                    planner.escaleer(signaal, 1, Werkdagen.na(nu, escalatie(c.urgent()), properties.tijdzone()));
                    return signaal;
                });
                return opslag.signaal(id).orElseThrow();
            } catch (DuplicateKeyException e) {
                Optional<Signaal> eerder = opslag.signaalMetSleutel(c.id());
                if (eerder.isPresent()) {
                    return eerder.get();
                }
                if (poging >= 3) {
                    throw e; // not the key: the reference collided four times in a row
                }
            }
        }
    }

    Duration escalatie(boolean urgent) {
        return urgent ? properties.escalatie().urgent() : properties.escalatie().normaal();
    }

    private String referentie() {
        StringBuilder b = new StringBuilder("S-");
        for (int i = 0; i < 6; i++) {
            b.append(REFERENTIE_TEKENS[random.nextInt(REFERENTIE_TEKENS.length)]);
        }
        return b.toString();
    }

    public Optional<Ontvangers> ontvangers(String locatieId) {
        return directory()
                .locatie(locatieId)
                .map(l -> new Ontvangers(
                        l.naam(), l.aanspreekpunt().naam(), l.backup().naam()));
    }

    // ---- acting on a signal

    public Uitkomst oppakken(Actor actor, String referentie) {
        Optional<Signaal> gevonden = referentie == null ? Optional.empty() : opslag.signaal(referentie);
        if (gevonden.isEmpty()) {
            return new Uitkomst(false, SignaalTeksten.BESTAAT_NIET, null);
        }
        Signaal s = gevonden.get();
        Directory d = directory();
        Optional<Persoon> wie = behandelaar(actor, s, d);
        if (wie.isEmpty()) {
            opslag.audit(s.id(), "GEWEIGERD", actor.audit(), "oppakken", clock.instant());
            return Uitkomst.weigering(
                    isAdmin(actor, d) ? SignaalTeksten.NIET_BIJ_BEHEERDERS : SignaalTeksten.NIET_AAN_JOU_OPPAKKEN, s);
        }
        boolean gelukt = Boolean.TRUE.equals(tx.execute(status -> {
            Instant nu = clock.instant();
            if (!opslag.pakOp(s.id(), wie.get().naam(), nu)) {
                return false;
            }
            opslag.audit(s.id(), "OPGEPAKT", actor.audit(), null, nu);
            Signaal opgepakt = opslag.signaal(s.id()).orElseThrow();
            informeer(opgepakt, "opgepakt", SignaalTeksten.opgepakt(opgepakt, properties.tijdzone()));
            return true;
        }));
        Signaal nu = opslag.signaal(s.id()).orElseThrow();
        if (!gelukt) {
            return new Uitkomst(false, SignaalTeksten.alOpgepakt(nu, properties.tijdzone()), nu);
        }
        return new Uitkomst(true, SignaalTeksten.jeHebtOpgepakt(nu), nu);
    }

    public Uitkomst doorsturen(Actor actor, String referentie) {
        Optional<Signaal> gevonden = referentie == null ? Optional.empty() : opslag.signaal(referentie);
        if (gevonden.isEmpty()) {
            return new Uitkomst(false, SignaalTeksten.BESTAAT_NIET, null);
        }
        Signaal s = gevonden.get();
        Directory d = directory();
        Optional<Locatie> l = d.locatie(s.locatieId());
        boolean aanspreekpunt = l.isPresent() && actor.is(l.get().aanspreekpunt());
        boolean beheerder = isAdmin(actor, d) && bijBeheerders(s.escalatieNiveau(), l);
        if (l.isEmpty() || !(aanspreekpunt || beheerder)) {
            opslag.audit(s.id(), "GEWEIGERD", actor.audit(), "doorsturen", clock.instant());
            return Uitkomst.weigering(
                    isAdmin(actor, d)
                            ? SignaalTeksten.NIET_BIJ_BEHEERDERS
                            : SignaalTeksten.ALLEEN_AANSPREEKPUNT_STUURT_DOOR,
                    s);
        }
        tx.executeWithoutResult(status -> {
            opslag.audit(s.id(), "DOORGESTUURD", actor.audit(), "backup", clock.instant());
            planner.bezorgAan(s.id(), l.get().backup(), "backup");
        });
        return new Uitkomst(
                true, SignaalTeksten.doorgestuurd(s, l.get().backup().naam()), s);
    }

    public Uitkomst afhandelen(Actor actor, String referentie) {
        Optional<Signaal> gevonden = referentie == null ? Optional.empty() : opslag.signaal(referentie);
        if (gevonden.isEmpty()) {
            return new Uitkomst(false, SignaalTeksten.BESTAAT_NIET, null);
        }
        Signaal s = gevonden.get();
        Directory d = directory();
        if (behandelaar(actor, s, d).isEmpty()) {
            opslag.audit(s.id(), "GEWEIGERD", actor.audit(), "afhandelen", clock.instant());
            return Uitkomst.weigering(
                    isAdmin(actor, d) ? SignaalTeksten.NIET_BIJ_BEHEERDERS : SignaalTeksten.NIET_AAN_JOU, s);
        }
        if (s.status() == Status.NIEUW) {
            return new Uitkomst(false, SignaalTeksten.eerstOppakken(s), s);
        }
        boolean gelukt = Boolean.TRUE.equals(tx.execute(status -> {
            if (!opslag.handelAf(s.id(), clock.instant())) {
                return false;
            }
            opslag.audit(s.id(), "AFGEHANDELD", actor.audit(), null, clock.instant());
            return true;
        }));
        return new Uitkomst(gelukt, gelukt ? SignaalTeksten.afgehandeld(s) : SignaalTeksten.alAfgehandeld(s), s);
    }

    /**
     * The person (from the directory) who may pick up and handle the signal: its locatie's
     * aanspreekpunt or backup, or an admin once it was escalated to the admins ({@link #bijBeheerders}).
     */
    private static Optional<Persoon> behandelaar(Actor actor, Signaal s, Directory d) {
        Optional<Locatie> l = d.locatie(s.locatieId());
        if (l.isPresent() && actor.is(l.get().aanspreekpunt())) {
            return Optional.of(l.get().aanspreekpunt());
        }
        if (l.isPresent() && actor.is(l.get().backup())) {
            return Optional.of(l.get().backup());
        }
        if (bijBeheerders(s.escalatieNiveau(), l)) {
            return d.admins().stream().filter(actor::is).findFirst();
        }
        return Optional.empty();
    }

    /**
     * Need-to-know for admins, the one rule: an admin may open and act on a signal only once it was
     * escalated to the admins — level 2 (after the backup), or level 1 when its locatie is no longer
     * in the directory (then there is no backup and {@code SignaalWerk.escaleer} goes to the admins
     * at once). Before that an admin knows only counts ({@link #aantallenVoor}).
     */
    static boolean bijBeheerders(int escalatieNiveau, Optional<Locatie> locatie) {
        return escalatieNiveau >= (locatie.isPresent() ? 2 : 1);
    }

    private static boolean isAdmin(Actor actor, Directory d) {
        return d.isAdmin(actor.kanaal(), actor.userId(), actor.email());
    }

    private static boolean vanLocatie(Actor actor, Optional<Locatie> l) {
        return l.isPresent()
                && (actor.is(l.get().aanspreekpunt()) || actor.is(l.get().backup()));
    }

    /** Tells the reporter: a job for Teams and Slack, a notice shown with the next message in the web chat. */
    void informeer(Signaal s, String gebeurtenis, String tekst) {
        if (s.melderKanaal() == Kanaal.WEB) {
            opslag.bericht(s.melderKanaal(), s.melderId(), tekst, clock.instant());
        } else {
            planner.informeerMelder(s.id(), gebeurtenis);
        }
    }

    // ---- reading

    /** The teacher's own signals (status only is shown to them; audited as their own read). */
    public List<Signaal> eigen(Afzender a) {
        return opslag.vanMelder(a.kanaal(), a.userId());
    }

    /**
     * The open signals this person may open: of the locaties where they are aanspreekpunt or
     * backup, and for admins those escalated to the admins ({@link #bijBeheerders}) — never the
     * others. Each one returned is audited as read by them.
     */
    public List<Signaal> zichtbaarVoor(Actor actor) {
        Directory d = directory();
        List<String> locaties = d.locaties().stream()
                .filter(l -> actor.is(l.aanspreekpunt()) || actor.is(l.backup()))
                .map(Locatie::id)
                .toList();
        List<Signaal> zichtbaar = new ArrayList<>(opslag.openVanLocaties(locaties));
        if (isAdmin(actor, d)) {
            for (Signaal s : opslag.openVanafNiveau(1)) {
                if (!locaties.contains(s.locatieId()) && bijBeheerders(s.escalatieNiveau(), d.locatie(s.locatieId()))) {
                    zichtbaar.add(s);
                }
            }
            zichtbaar.sort(Comparator.comparing(Signaal::aangemaaktOp).reversed());
        }
        Instant nu = clock.instant();
        for (Signaal s : zichtbaar) {
            opslag.audit(s.id(), "GELEZEN", actor.audit(), null, nu);
        }
        return zichtbaar;
    }

    /**
     * For an admin, the open signals they may not open ({@link #zichtbaarVoor} does not return
     * them): counts per locatie and status, read without their texts. Empty for anyone else.
     */
    public OpenAantallen aantallenVoor(Actor actor) {
        Directory d = directory();
        if (!isAdmin(actor, d)) {
            return new OpenAantallen(List.of());
        }
        Map<List<String>, Long> aantallen = new TreeMap<>(
                Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
        for (SignaalOpslag.OpenAantal a : opslag.openAantallen()) {
            Optional<Locatie> l = d.locatie(a.locatieId());
            boolean zichtbaar = vanLocatie(actor, l) || bijBeheerders(a.escalatieNiveau(), l);
            if (!zichtbaar) {
                aantallen.merge(List.of(a.locatieId(), a.status().name()), a.aantal(), Long::sum);
            }
        }
        List<OpenAantallen.Regel> regels = new ArrayList<>();
        aantallen.forEach((k, n) ->
                regels.add(new OpenAantallen.Regel(k.get(0), locatieNaam(k.get(0)), Status.valueOf(k.get(1)), n)));
        return new OpenAantallen(regels);
    }

    /** The cards of {@link #zichtbaarVoor} as the web inbox shows them (each audited as read). */
    public List<SignaalKaart> inbox(Actor actor) {
        return zichtbaarVoor(actor).stream()
                .map(s -> SignaalKaarten.inbox(s, locatieNaam(s.locatieId()), properties.tijdzone()))
                .toList();
    }

    /** True when the person may open signals at all (aanspreekpunt, backup or admin in the directory). */
    public boolean isBehandelaar(Actor actor) {
        Directory d = directory();
        return d.isAdmin(actor.kanaal(), actor.userId(), actor.email())
                || d.locaties().stream().anyMatch(l -> actor.is(l.aanspreekpunt()) || actor.is(l.backup()));
    }

    /** Notices for a web chat reporter not shown yet (and now marked shown). */
    public List<String> berichten(Afzender a) {
        if (a.kanaal() != Kanaal.WEB) {
            return List.of();
        }
        return opslag.leesBerichten(a.kanaal(), a.userId());
    }

    public String tijd(Instant instant) {
        return SignaalTeksten.tijd(instant, properties.tijdzone());
    }

    public String locatieNaam(String locatieId) {
        return directory().locatie(locatieId).map(Locatie::naam).orElse(locatieId);
    }

    /** The reporter's name from the directory (staff, aanspreekpunt, backup or admin), if listed. */
    public Optional<String> naamUitDirectory(Afzender a) {
        Directory d = directory();
        List<Persoon> iedereen = new ArrayList<>();
        d.medewerkers().forEach(m -> iedereen.add(m.persoon()));
        d.locaties().forEach(l -> {
            iedereen.add(l.aanspreekpunt());
            iedereen.add(l.backup());
        });
        iedereen.addAll(d.admins());
        return iedereen.stream()
                .filter(p -> p.heeftIdentiteit(a.kanaal(), a.userId(), a.email()))
                .map(Persoon::naam)
                .findFirst();
    }

    private Directory directory() {
        return catalogs.current()
                .orElseThrow(() -> new IllegalStateException("no catalogue loaded"))
                .directory();
    }
}
