package nl.weerbaar.bot.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * Changes the catalogue every instance serves: reindex of the configured folder, upload, restore,
 * an example phrasing added. Each change is validated first (a catalogue with problems is refused
 * and the old one keeps serving), stored as a version in the database, made current there and
 * swapped in on this instance at once; the other instances poll the database and swap within
 * seconds ({@code weerbaar.catalog.poll-interval}, default 2 s).
 *
 * <p>All changes and swaps on one instance happen under one lock, so a poll never swaps back to
 * a version that a concurrent change just replaced.
 */
@Service
public class CatalogBeheer implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(CatalogBeheer.class);
    static final String VOORBEELDEN = "voorbeelden.yaml";

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
     * Start-up: reads the configured folder (or the bundled catalogue). When it is new — nothing
     * stored yet, or its content changed since this folder was last indexed — it becomes a new
     * current version; otherwise the database's current version (perhaps an upload) is served.
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
            if (prepared != null && prepared.isValid()) {
                Optional<CatalogVersions.Versie> laatste = versies.laatsteVanHerkomst(bron.description());
                boolean nieuw = actueel.isEmpty()
                        || laatste.isEmpty()
                        || !laatste.get().checksum().equals(prepared.catalog().checksum());
                if (nieuw) {
                    long id = versies.bewaarEnMaakActueel(
                            bestanden, prepared.catalog(), Bron.MAP, bron.description(), "start");
                    serveer(prepared, id);
                    return;
                }
            } else if (prepared != null) {
                catalogs.install(prepared, bron.description());
            } else {
                log.error("Catalogue in {} cannot be read: {}", bron.description(), leesProblemen);
            }
            actueel.ifPresent(this::pasToe);
            if (catalogs.snapshot().isEmpty() && prepared != null && prepared.isValid()) {
                catalogs.install(prepared, bron.description());
            }
        }
    }

    /** Reads the configured folder (or the bundled catalogue) again and serves it when it is valid. */
    public CatalogWijziging herindexeer(String door) {
        synchronized (lock) {
            long start = System.nanoTime();
            CatalogSource bron = catalogs.configuredSource();
            List<Problem> leesProblemen = new ArrayList<>();
            Map<String, String> bestanden = lees(bron, leesProblemen);
            if (!leesProblemen.isEmpty()) {
                return weiger(bron.description(), leesProblemen);
            }
            return bewaarEnServeer(bestanden, bron.description(), Bron.MAP, bron.description(), door, start);
        }
    }

    /** Serves an uploaded catalogue (the files of a zip) when it is valid. */
    public CatalogWijziging upload(Map<String, String> bestanden, String door) {
        synchronized (lock) {
            return bewaarEnServeer(
                    bestanden, AdminTeksten.GEUPLOADE_CATALOGUS, Bron.UPLOAD, "upload", door, System.nanoTime());
        }
    }

    /** Makes an earlier version current again; empty when there is no such version. */
    public Optional<CatalogWijziging> herstel(long id, String door) {
        synchronized (lock) {
            long start = System.nanoTime();
            try {
                if (versies.versie(id).isEmpty()) {
                    return Optional.empty();
                }
                Prepared prepared =
                        catalogs.prepare(new GeheugenBron(AdminTeksten.catalogusversie(id), versies.bestanden(id)));
                if (!prepared.isValid()) {
                    return Optional.of(weiger(AdminTeksten.catalogusversie(id), prepared.problems()));
                }
                versies.maakActueel(id);
                serveer(prepared, id);
                log.info("Catalogue version {} restored by {}", id, door);
                return Optional.of(gelukt(id, prepared, false, start));
            } catch (DataAccessException | TransactionException e) {
                return Optional.of(nietOpgeslagen(AdminTeksten.herstelVan(id), e));
            }
        }
    }

    /**
     * Adds a question as an example phrasing of a knelpunt and serves the result: in the configured
     * folder's {@code voorbeelden.yaml} when a folder is configured (validated in memory, written
     * to a copy beside the file, stored as a version, and only then moved over the file in one
     * step), otherwise as a new version based on the current one. When the copy or the version
     * cannot be written (a full disk, the database gone), nothing changes: not the file, not the
     * database, not what is served.
     *
     * @throws IllegalArgumentException when the knelpunt is unknown or the phrasing unusable
     */
    public CatalogWijziging voegVoorbeeldToe(String tekst, String knelpuntId, String door) {
        synchronized (lock) {
            long start = System.nanoTime();
            Catalog huidig = catalogs.current().orElseThrow(() -> new IllegalStateException("no catalogue loaded"));
            if (huidig.knelpunt(knelpuntId).isEmpty()) {
                throw new IllegalArgumentException(AdminTeksten.onbekendKnelpunt(knelpuntId));
            }
            String zin = VoorbeeldZinnen.zin(tekst);
            Optional<Path> map = catalogs.configuredFolder();
            List<Problem> leesProblemen = new ArrayList<>();
            Map<String, String> bestanden;
            String beschrijving;
            if (map.isPresent()) {
                beschrijving = catalogs.configuredSource().description();
                bestanden = lees(catalogs.configuredSource(), leesProblemen);
            } else {
                beschrijving = AdminTeksten.VERSIE_MET_VOORBEELDZIN;
                try {
                    bestanden = toegepast != null
                            ? new LinkedHashMap<>(versies.bestanden(toegepast))
                            : lees(catalogs.configuredSource(), leesProblemen);
                } catch (DataAccessException | TransactionException e) {
                    return nietOpgeslagen(AdminTeksten.NIEUWE_VERSIE_MET_VOORBEELDZIN, e);
                }
            }
            if (!leesProblemen.isEmpty()) {
                return weiger(beschrijving, leesProblemen);
            }
            String oud = bestanden.get(VOORBEELDEN);
            if (oud == null) {
                return weiger(beschrijving, List.of(new Problem(VOORBEELDEN, "", 0, AdminTeksten.BESTAND_ONTBREEKT)));
            }
            bestanden.put(VOORBEELDEN, VoorbeeldZinnen.voegToe(oud, knelpuntId, zin));
            Prepared prepared = catalogs.prepare(new GeheugenBron(beschrijving, bestanden));
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
            Path bestand = map.map(m -> m.resolve(VOORBEELDEN)).orElse(null);
            Path kopie = null;
            try {
                if (bestand != null) {
                    try {
                        kopie = schrijfKopie(bestand, bestanden.get(VOORBEELDEN));
                    } catch (IOException e) {
                        return nietGeschreven(VOORBEELDEN + " in " + map.get(), e);
                    }
                }
                Bron bron = map.isPresent() ? Bron.MAP : Bron.VOORBEELDZIN;
                String herkomst = map.isPresent() ? beschrijving : AdminTeksten.voorbeeldzinVoor(knelpuntId);
                long id;
                try {
                    id = versies.bewaarEnMaakActueel(bestanden, prepared.catalog(), bron, herkomst, door);
                } catch (DataAccessException | TransactionException e) {
                    return nietOpgeslagen(AdminTeksten.NIEUWE_VERSIE_MET_VOORBEELDZIN, e);
                }
                if (kopie != null) {
                    try {
                        vervang(kopie, bestand);
                    } catch (IOException e) {
                        // a rename in one folder; the version is stored and served, the folder lags behind
                        log.error(
                                "Example phrasing stored as version {} but {} could not be replaced: {}",
                                id,
                                bestand,
                                e.toString());
                    }
                }
                serveer(prepared, id);
                log.info("Example phrasing added to knelpunt {} by {}; version {}", knelpuntId, door, id);
                return gelukt(id, prepared, false, start);
            } finally {
                if (kopie != null) {
                    try {
                        Files.deleteIfExists(kopie);
                    } catch (IOException e) {
                        log.warn("Could not remove the copy {}: {}", kopie, e.toString());
                    }
                }
            }
        }
    }

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

    private CatalogWijziging bewaarEnServeer(
            Map<String, String> bestanden, String beschrijving, Bron bron, String herkomst, String door, long start) {
        Prepared prepared = catalogs.prepare(new GeheugenBron(beschrijving, bestanden));
        if (!prepared.isValid()) {
            return weiger(beschrijving, prepared.problems());
        }
        try {
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
            long id = versies.bewaarEnMaakActueel(bestanden, prepared.catalog(), bron, herkomst, door);
            serveer(prepared, id);
            return gelukt(id, prepared, false, start);
        } catch (DataAccessException | TransactionException e) {
            return nietOpgeslagen(AdminTeksten.NIEUWE_VERSIE, e);
        }
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

    /** The catalogue folder could not be written: nothing was stored, the current version keeps serving. */
    private CatalogWijziging.NietOpgeslagen nietGeschreven(String wat, IOException e) {
        Oorzaak oorzaak = schijf.full(e) ? Oorzaak.SCHIJF_VOL : Oorzaak.SCHRIJVEN;
        log.error(
                "Catalogue change not stored ({}: {}); the current one keeps serving: {}", oorzaak, wat, e.toString());
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

    /** Writes the new content to a copy beside the file (the step that needs disk space); removed on failure. */
    private static Path schrijfKopie(Path bestand, String inhoud) throws IOException {
        Path kopie = Files.createTempFile(bestand.getParent(), "." + bestand.getFileName(), ".nieuw");
        try {
            Files.writeString(kopie, inhoud, StandardCharsets.UTF_8);
            return kopie;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(kopie);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Moves the copy over the file in one step (a rename: needs no space). */
    private static void vervang(Path kopie, Path bestand) throws IOException {
        try {
            Files.move(kopie, bestand, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(kopie, bestand, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
