package nl.weerbaar.bot.admin;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import nl.weerbaar.bot.admin.CatalogVersions.Bron;
import nl.weerbaar.bot.admin.CatalogWijziging.NietOpgeslagen.Oorzaak;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.catalog.CatalogService.Prepared;
import nl.weerbaar.bot.catalog.CatalogSnapshot;
import nl.weerbaar.bot.catalog.CatalogSummary;
import nl.weerbaar.bot.store.Database;
import nl.weerbaar.bot.store.DiskSpace;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.CatalogSource;
import nl.weerbaar.catalog.CatalogVerschil;
import nl.weerbaar.catalog.LoadResult;
import nl.weerbaar.catalog.OrganisatieYaml;
import nl.weerbaar.catalog.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;

/**
 * Changes the catalogue every instance serves: import of the configured folder, upload, restore,
 * an example phrasing added, the organisation edited. The versions in the database are the one
 * source of truth; the folder is only an import source (version 1 on an empty database). Each
 * change is validated first (a catalogue with problems is refused and the old one keeps serving)
 * and can be previewed as a {@link CatalogWijziging.Voorstel} (the difference with what is
 * served); activated, it is stored as a version, made current (only while the version previewed
 * against still is, when the caller says so) and swapped in on this instance at once; the other
 * instances poll the database and swap within seconds ({@code weerbaar.catalog.poll-interval},
 * default 2 s).
 *
 * <p>All changes and swaps on one instance happen under one lock, so a poll never swaps back to
 * a version that a concurrent change just replaced.
 */
@Service
public class CatalogBeheer implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(CatalogBeheer.class);
    static final String VOORBEELDEN = "voorbeelden.yaml";
    static final String ORGANISATIE = "organisatie.yaml";

    private final CatalogService catalogs;
    private final CatalogVersions versies;
    private final DiskSpace schijf;
    private final Clock clock;
    private final Object lock = new Object();
    private volatile Long toegepast;
    private volatile Long mislukt;
    private volatile Instant laatstePeiling;

    /** The configured catalogue, read and indexed while the rest of the application starts. */
    private final CompletableFuture<Start> start;

    private record Start(
            CatalogSource bron, Map<String, String> bestanden, List<Problem> leesProblemen, Prepared prepared) {}

    /**
     * @param taken Boot's {@code applicationTaskExecutor}: reads and indexes the configured catalogue
     *     while the rest of the application starts; shut down with the context
     */
    CatalogBeheer(
            CatalogService catalogs,
            CatalogVersions versies,
            DiskSpace schijf,
            Clock clock,
            @Qualifier(TaskExecutionAutoConfiguration.APPLICATION_TASK_EXECUTOR_BEAN_NAME) Executor taken) {
        this.catalogs = catalogs;
        this.versies = versies;
        this.schijf = schijf;
        this.clock = clock;
        // Reading and indexing needs neither the database nor the web server: it overlaps with their
        // start-up (a second or more of a cold start), and run() waits for it.
        this.start = CompletableFuture.supplyAsync(this::bereidStartVoor, taken);
    }

    private Start bereidStartVoor() {
        CatalogSource bron = catalogs.configuredSource();
        List<Problem> leesProblemen = new ArrayList<>();
        Map<String, String> bestanden = lees(bron, leesProblemen);
        Prepared prepared =
                leesProblemen.isEmpty() ? catalogs.prepare(new GeheugenBron(bron.description(), bestanden)) : null;
        return new Start(bron, bestanden, leesProblemen, prepared);
    }

    /** The id of the version this instance serves (null before the first, or when none is stored). */
    public Optional<Long> toegepasteVersie() {
        return Optional.ofNullable(toegepast);
    }

    /** When this instance last read the current version from the database. */
    public Optional<Instant> laatstePeiling() {
        return Optional.ofNullable(laatstePeiling);
    }

    /**
     * Start-up: the database's current version is served — whatever the folder says. Only when the
     * database holds no version yet does the configured folder (or the bundled catalogue) become
     * version 1; when several instances start at once, one of them stores it and the others serve
     * that. A folder that differs later is shown on the admin page and imported only by an admin.
     */
    @Override
    public void run(ApplicationArguments args) {
        Start gelezen;
        try {
            gelezen = start.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        synchronized (lock) {
            CatalogSource bron = gelezen.bron();
            List<Problem> leesProblemen = gelezen.leesProblemen();
            Map<String, String> bestanden = gelezen.bestanden();
            Prepared prepared = gelezen.prepared();
            Optional<Long> actueel = versies.actueel();
            if (actueel.isEmpty() && prepared != null && prepared.isValid()) {
                Optional<Long> eerste = versies.bewaarEnMaakActueelAls(
                        bestanden, prepared.catalog(), Bron.MAP, bron.description(), "start", null);
                if (eerste.isPresent()) {
                    serveer(prepared, eerste.get());
                    return;
                }
                actueel = versies.actueel(); // another instance stored the first version just now
            } else if (prepared != null && !prepared.isValid()) {
                log.error("Catalogue in {} has problems: {}", bron.description(), prepared.problems());
            } else if (prepared == null) {
                log.error("Catalogue in {} cannot be read: {}", bron.description(), leesProblemen);
            }
            actueel.filter(id -> !id.equals(toegepast)).ifPresent(this::pasToe); // a first poll may have been quicker
            if (catalogs.snapshot().isEmpty() && prepared != null) {
                // nothing servable in the database: the folder (valid, or its problems for /actuator/health)
                catalogs.install(prepared, bron.description());
            }
        }
    }

    /**
     * Imports the configured folder (or the bundled catalogue): previews the difference with what
     * is served, or activates it.
     */
    public CatalogWijziging herindexeer(String door, CatalogWijziging.Stap stap) {
        synchronized (lock) {
            long start = System.nanoTime();
            CatalogSource bron = catalogs.configuredSource();
            List<Problem> leesProblemen = new ArrayList<>();
            Map<String, String> bestanden = lees(bron, leesProblemen);
            if (!leesProblemen.isEmpty()) {
                return weiger(bron.description(), leesProblemen);
            }
            return verwerk(bestanden, bron.description(), Bron.MAP, bron.description(), door, start, stap);
        }
    }

    /** An uploaded catalogue (the files of a zip): previewed or activated when it is valid. */
    public CatalogWijziging upload(Map<String, String> bestanden, String door, CatalogWijziging.Stap stap) {
        synchronized (lock) {
            return verwerk(
                    bestanden, AdminTeksten.GEUPLOADE_CATALOGUS, Bron.UPLOAD, "upload", door, System.nanoTime(), stap);
        }
    }

    /** Previews or makes an earlier version current again; empty when there is no such version. */
    public Optional<CatalogWijziging> herstel(long id, String door, CatalogWijziging.Stap stap) {
        synchronized (lock) {
            long start = System.nanoTime();
            try {
                if (versies.versie(id).isEmpty()) {
                    return Optional.empty();
                }
                if (verouderdVoorAf(stap)) {
                    return Optional.of(verouderd(stap));
                }
                Prepared prepared = bereidVoor(AdminTeksten.catalogusversie(id), versies.bestanden(id));
                if (!prepared.isValid()) {
                    return Optional.of(weiger(AdminTeksten.catalogusversie(id), prepared.problems()));
                }
                Optional<CatalogWijziging> nietNu = controleer(prepared, stap);
                if (nietNu.isPresent()) {
                    return nietNu;
                }
                if (stap.basis() != null) {
                    if (!versies.maakActueelAls(id, stap.basis())) {
                        return Optional.of(verouderd(stap));
                    }
                } else {
                    versies.maakActueel(id);
                }
                serveer(prepared, id);
                log.info("Catalogue version {} restored by {}", id, door);
                return Optional.of(gelukt(id, prepared, false, start));
            } catch (DataAccessException | TransactionException e) {
                return Optional.of(nietOpgeslagen(AdminTeksten.herstelVan(id), e));
            }
        }
    }

    /**
     * Adds a question as an example phrasing of a knelpunt to the version served (a new version,
     * {@code VOORBEELDZIN}); previewed or activated. The catalogue folder is not written: the
     * database is the one source of truth, and the folder's difference shows on the admin page.
     *
     * @throws IllegalArgumentException when the knelpunt is unknown or the phrasing unusable
     */
    public CatalogWijziging voegVoorbeeldToe(String tekst, String knelpuntId, String door, CatalogWijziging.Stap stap) {
        synchronized (lock) {
            long start = System.nanoTime();
            Catalog huidig = catalogs.current().orElseThrow(() -> new IllegalStateException("no catalogue loaded"));
            if (huidig.knelpunt(knelpuntId).isEmpty()) {
                throw new IllegalArgumentException(AdminTeksten.onbekendKnelpunt(knelpuntId));
            }
            String zin = VoorbeeldZinnen.zin(tekst);
            String beschrijving = AdminTeksten.VERSIE_MET_VOORBEELDZIN;
            List<Problem> leesProblemen = new ArrayList<>();
            Map<String, String> bestanden;
            try {
                bestanden = geserveerdeBestanden(leesProblemen);
            } catch (DataAccessException | TransactionException e) {
                return nietOpgeslagen(AdminTeksten.NIEUWE_VERSIE_MET_VOORBEELDZIN, e);
            }
            if (!leesProblemen.isEmpty()) {
                return weiger(beschrijving, leesProblemen);
            }
            String oud = bestanden.get(VOORBEELDEN);
            if (oud == null) {
                return weiger(beschrijving, List.of(new Problem(VOORBEELDEN, "", 0, AdminTeksten.BESTAND_ONTBREEKT)));
            }
            bestanden.put(VOORBEELDEN, VoorbeeldZinnen.voegToe(oud, knelpuntId, zin));
            Prepared prepared = bereidVoor(beschrijving, bestanden);
            if (!prepared.isValid()) {
                return weiger(beschrijving, prepared.problems());
            }
            if (!prepared.catalog().herkenning().voorbeeldenVan(knelpuntId).contains(zin)) {
                return weiger(
                        beschrijving,
                        List.of(new Problem(
                                VOORBEELDEN,
                                "voorbeelden." + knelpuntId,
                                0,
                                AdminTeksten.NIET_AUTOMATISCH_TOEGEVOEGD)));
            }
            CatalogWijziging uitkomst = verwerk(
                    prepared,
                    bestanden,
                    Bron.VOORBEELDZIN,
                    AdminTeksten.voorbeeldzinVoor(knelpuntId),
                    door,
                    start,
                    stap,
                    AdminTeksten.NIEUWE_VERSIE_MET_VOORBEELDZIN);
            if (uitkomst instanceof CatalogWijziging.Gelukt g && !g.ongewijzigd()) {
                log.info("Example phrasing added to knelpunt {} by {}; version {}", knelpuntId, door, g.versieId());
            }
            return uitkomst;
        }
    }

    /**
     * The organisation edited on the admin page ({@code organisatie.yaml} as plain data, see
     * {@link OrganisatieYaml}) in the version served: validated by the catalogue's own validator,
     * previewed or activated as a new version ({@code ORGANISATIE}).
     */
    public CatalogWijziging organisatie(Map<String, Object> organisatie, String door, CatalogWijziging.Stap stap) {
        synchronized (lock) {
            long start = System.nanoTime();
            List<Problem> leesProblemen = new ArrayList<>();
            Map<String, String> bestanden;
            try {
                bestanden = geserveerdeBestanden(leesProblemen);
            } catch (DataAccessException | TransactionException e) {
                return nietOpgeslagen(AdminTeksten.NIEUWE_VERSIE, e);
            }
            if (!leesProblemen.isEmpty()) {
                return weiger(AdminTeksten.BEWERKTE_ORGANISATIE, leesProblemen);
            }
            bestanden.put(ORGANISATIE, OrganisatieYaml.schrijf(organisatie, bestanden.get(ORGANISATIE)));
            return verwerk(
                    bestanden,
                    AdminTeksten.BEWERKTE_ORGANISATIE,
                    Bron.ORGANISATIE,
                    AdminTeksten.BEWERKTE_ORGANISATIE,
                    door,
                    start,
                    stap);
        }
    }

    /** The files of the version served (from the database), or of the configured folder before any. */
    Map<String, String> geserveerdeBestanden(List<Problem> leesProblemen) {
        Long id = toegepast;
        return id != null
                ? new LinkedHashMap<>(versies.bestanden(id))
                : lees(catalogs.configuredSource(), leesProblemen);
    }

    /** The organisation served, as plain data with organisatie.yaml's keys. */
    public Map<String, Object> organisatie() {
        String yaml = geserveerdeBestanden(new ArrayList<>()).get(ORGANISATIE);
        return yaml == null ? new LinkedHashMap<>() : OrganisatieYaml.lees(yaml);
    }

    /**
     * How the configured folder (or the bundled catalogue) relates to what is served: whether it
     * changed since it was last imported, and what importing it would change.
     */
    public MapStatus mapStatus() {
        CatalogSource bron = catalogs.configuredSource();
        List<Problem> leesProblemen = new ArrayList<>();
        Map<String, String> bestanden = lees(bron, leesProblemen);
        Optional<CatalogVersions.Versie> laatste = versies.laatsteVanHerkomst(bron.description());
        Optional<Catalog> geserveerd = catalogs.current();
        if (!leesProblemen.isEmpty()) {
            return new MapStatus(bron.description(), true, laatste.orElse(null), null, leesProblemen);
        }
        MapGelezen gelezen = mapCache;
        if (gelezen == null || !gelezen.bestanden().equals(bestanden)) {
            LoadResult r = CatalogLoader.load(new GeheugenBron(bron.description(), bestanden));
            gelezen = new MapGelezen(bestanden, r);
            mapCache = gelezen;
        }
        LoadResult r = gelezen.resultaat();
        if (!r.isValid()) {
            return new MapStatus(bron.description(), true, laatste.orElse(null), null, r.problems());
        }
        Catalog map = r.orElseThrow();
        boolean gewijzigd = laatste.isEmpty() || !laatste.get().checksum().equals(map.checksum());
        CatalogVerschil verschil =
                geserveerd.map(g -> CatalogVerschil.tussen(g, map)).orElse(null);
        return new MapStatus(bron.description(), gewijzigd, laatste.orElse(null), verschil, List.of());
    }

    private record MapGelezen(Map<String, String> bestanden, LoadResult resultaat) {}

    private volatile MapGelezen mapCache;

    /**
     * The folder compared with what is served.
     *
     * @param gewijzigd the folder's content differs from the version last imported from it
     * @param laatsteImport the version last imported from the folder (null: never)
     * @param verschil what importing the folder would change (null when it cannot be loaded)
     * @param problemen the folder's problems (empty when it is valid)
     */
    public record MapStatus(
            String bron,
            boolean gewijzigd,
            CatalogVersions.Versie laatsteImport,
            CatalogVerschil verschil,
            List<Problem> problemen) {}

    /** Swaps to the database's current version when another instance changed it. */
    @Scheduled(
            fixedDelayString = "${weerbaar.catalog.poll-interval:PT2S}",
            initialDelayString = "${weerbaar.catalog.poll-interval:PT2S}")
    public void peil() {
        try {
            synchronized (lock) {
                Optional<Long> actueel = versies.actueel();
                laatstePeiling = clock.instant();
                if (actueel.isPresent()
                        && !actueel.get().equals(toegepast)
                        && !actueel.get().equals(mislukt)) {
                    pasToe(actueel.get());
                }
            }
        } catch (DataAccessException e) {
            log.warn("Cannot read the current catalogue version from the database: {}", e.getMessage());
        }
    }

    private void pasToe(long id) {
        Prepared prepared = catalogs.prepare(new GeheugenBron(AdminTeksten.catalogusversie(id), versies.bestanden(id)));
        if (prepared.isValid()) {
            serveer(prepared, id);
        } else {
            mislukt = id;
            log.error(
                    "Catalogue version {} in the database cannot be served here; keeping the current one: {}",
                    id,
                    prepared.problems());
        }
    }

    private CatalogWijziging verwerk(
            Map<String, String> bestanden,
            String beschrijving,
            Bron bron,
            String herkomst,
            String door,
            long start,
            CatalogWijziging.Stap stap) {
        try {
            if (verouderdVoorAf(stap)) {
                return verouderd(stap); // before the slow indexing: nothing to build for a stale "Activeer"
            }
        } catch (DataAccessException | TransactionException e) {
            return nietOpgeslagen(AdminTeksten.NIEUWE_VERSIE, e);
        }
        Prepared prepared = bereidVoor(beschrijving, bestanden);
        if (!prepared.isValid()) {
            return weiger(beschrijving, prepared.problems());
        }
        return verwerk(prepared, bestanden, bron, herkomst, door, start, stap, AdminTeksten.NIEUWE_VERSIE);
    }

    /**
     * Loads, validates and indexes files — or takes the result of the last preview when the same
     * files come back to be activated (building the index is the slow step; done once for both).
     */
    private Prepared bereidVoor(String beschrijving, Map<String, String> bestanden) {
        Voorbereid laatste = laatsteVoorbereid;
        if (laatste != null
                && laatste.beschrijving().equals(beschrijving)
                && laatste.bestanden().equals(bestanden)) {
            return laatste.prepared();
        }
        Prepared prepared = catalogs.prepare(new GeheugenBron(beschrijving, bestanden));
        laatsteVoorbereid = new Voorbereid(beschrijving, Map.copyOf(bestanden), prepared);
        return prepared;
    }

    private record Voorbereid(String beschrijving, Map<String, String> bestanden, Prepared prepared) {}

    /** The last catalogue prepared for a change; only touched under {@link #lock}. */
    private Voorbereid laatsteVoorbereid;

    /** A valid change: previewed, refused as stale, unchanged, or stored and served. */
    private CatalogWijziging verwerk(
            Prepared prepared,
            Map<String, String> bestanden,
            Bron bron,
            String herkomst,
            String door,
            long start,
            CatalogWijziging.Stap stap,
            String wat) {
        try {
            Optional<CatalogWijziging> nietNu = controleer(prepared, stap);
            if (nietNu.isPresent()) {
                return nietNu.get();
            }
            Optional<CatalogSnapshot> huidig = catalogs.snapshot();
            Optional<Long> actueel = versies.actueel();
            if (toegepast != null
                    && actueel.isPresent()
                    && actueel.get().equals(toegepast)
                    && huidig.isPresent()
                    && huidig.get()
                            .catalog()
                            .checksum()
                            .equals(prepared.catalog().checksum())) {
                return gelukt(toegepast, prepared, true, start);
            }
            long id;
            if (stap.basis() != null) {
                Optional<Long> opgeslagen = versies.bewaarEnMaakActueelAls(
                        bestanden, prepared.catalog(), bron, herkomst, door, stap.basis());
                if (opgeslagen.isEmpty()) {
                    return verouderd(stap);
                }
                id = opgeslagen.get();
            } else {
                id = versies.bewaarEnMaakActueel(bestanden, prepared.catalog(), bron, herkomst, door);
            }
            serveer(prepared, id);
            return gelukt(id, prepared, false, start);
        } catch (DataAccessException | TransactionException e) {
            return nietOpgeslagen(wat, e);
        }
    }

    /**
     * Before a valid change is applied: the preview (when asked), or a refusal because the version
     * or the content is no longer the one previewed. Empty: go ahead.
     */
    private Optional<CatalogWijziging> controleer(Prepared prepared, CatalogWijziging.Stap stap) {
        Catalog nieuw = prepared.catalog();
        if (stap.voorvertoning()) {
            Optional<Catalog> huidig = catalogs.current();
            CatalogVerschil verschil =
                    huidig.map(h -> CatalogVerschil.tussen(h, nieuw)).orElse(new CatalogVerschil(List.of()));
            boolean ongewijzigd = huidig.isPresent() && huidig.get().checksum().equals(nieuw.checksum());
            return Optional.of(new CatalogWijziging.Voorstel(
                    toegepast,
                    huidig.map(Catalog::versie).orElse(null),
                    nieuw.versie(),
                    nieuw.checksum(),
                    CatalogSummary.of(nieuw),
                    ongewijzigd,
                    verschil));
        }
        if (stap.basis() != null && !stap.basis().equals(versies.actueel().orElse(null))) {
            return Optional.of(verouderd(stap));
        }
        if (stap.checksum() != null && !stap.checksum().equals(nieuw.checksum())) {
            return Optional.of(new CatalogWijziging.Verouderd(
                    CatalogWijziging.Verouderd.Reden.ANDERE_INHOUD,
                    stap.basis(),
                    toegepast,
                    catalogs.current().map(Catalog::versie).orElse(null)));
        }
        return Optional.empty();
    }

    /** An activation bound to a version that is no longer current. */
    private boolean verouderdVoorAf(CatalogWijziging.Stap stap) {
        return !stap.voorvertoning()
                && stap.basis() != null
                && !stap.basis().equals(versies.actueel().orElse(null));
    }

    private CatalogWijziging.Verouderd verouderd(CatalogWijziging.Stap stap) {
        Long actueel = versies.actueel().orElse(null);
        String versie = actueel == null
                ? null
                : versies.versie(actueel).map(CatalogVersions.Versie::versie).orElse(null);
        log.info(
                "Catalogue change refused: previewed against version {}, version {} is current", stap.basis(), actueel);
        return new CatalogWijziging.Verouderd(
                CatalogWijziging.Verouderd.Reden.ANDERE_VERSIE, stap.basis(), actueel, versie);
    }

    private void serveer(Prepared prepared, long id) {
        catalogs.install(
                prepared,
                AdminTeksten.catalogusversie(id) + " (" + prepared.result().source() + ")");
        toegepast = id;
    }

    private CatalogWijziging.Geweigerd weiger(String beschrijving, List<Problem> problemen) {
        log.warn(
                "Catalogue from {} refused with {} problem(s); the current one keeps serving:\n{}",
                beschrijving,
                problemen.size(),
                String.join("\n", problemen.stream().map(p -> "  - " + p).toList()));
        return new CatalogWijziging.Geweigerd(
                beschrijving, problemen, catalogs.current().map(Catalog::versie).orElse(null));
    }

    /** The database failed: nothing was stored, the current version keeps serving. */
    private CatalogWijziging.NietOpgeslagen nietOpgeslagen(String wat, RuntimeException e) {
        Oorzaak oorzaak = schijf.full(e) ? Oorzaak.SCHIJF_VOL : Oorzaak.DATABASE;
        log.error(
                "Catalogue change not stored ({}: {}); the current one keeps serving: {}",
                oorzaak,
                wat,
                Database.rootMessage(e));
        return new CatalogWijziging.NietOpgeslagen(
                wat, oorzaak, catalogs.current().map(Catalog::versie).orElse(null));
    }

    private static CatalogWijziging.Gelukt gelukt(long id, Prepared prepared, boolean ongewijzigd, long start) {
        Catalog c = prepared.catalog();
        return new CatalogWijziging.Gelukt(
                id,
                c.versie(),
                c.checksum(),
                CatalogSummary.of(c),
                ongewijzigd,
                (System.nanoTime() - start) / 1_000_000,
                prepared.recognizer().buildTime().toMillis());
    }

    private static Map<String, String> lees(CatalogSource bron, List<Problem> problemen) {
        Map<String, String> bestanden = new LinkedHashMap<>();
        for (String naam : CatalogLoader.ALL_FILES) {
            try {
                bron.read(naam).ifPresent(t -> bestanden.put(naam, t));
            } catch (IOException e) {
                problemen.add(new Problem(naam, "", 0, AdminTeksten.nietTeLezen(e.getMessage())));
            }
        }
        return bestanden;
    }
}
