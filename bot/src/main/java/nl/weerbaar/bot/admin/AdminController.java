package nl.weerbaar.bot.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.catalog.CatalogSummary;
import nl.weerbaar.bot.channels.Kanalen;
import nl.weerbaar.bot.signals.SignaalStatistieken;
import nl.weerbaar.bot.store.Database;
import nl.weerbaar.bot.store.DiskSpace;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Knelpunt;
import nl.weerbaar.catalog.Thema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin API (bearer token, see {@link AdminToken}; absent without {@code
 * weerbaar.admin.token}). Refusals carry {@code {"error": "…"}} and, for a catalogue with
 * problems, {@code "problemen": [{"file", "path", "line", "message"}]}.
 */
@RestController
@RequestMapping(path = "/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Conditional(BeheerAan.class)
class AdminController {
    private static final Logger log = LoggerFactory.getLogger(AdminController.class);
    static final String DOOR_HEADER = "X-Weerbaar-Beheerder";
    /** The request attribute with the signed-in admin's audit name ({@link AdminToken}). */
    static final String SESSIE_DOOR = "nl.weerbaar.bot.admin.door";

    private final CatalogBeheer beheer;
    private final CatalogService catalogs;
    private final CatalogVersions versies;
    private final Inzicht inzicht;
    private final SignaalStatistieken signalen;
    private final Environment env;
    private final DiskSpace schijf;

    AdminController(
            CatalogBeheer beheer,
            CatalogService catalogs,
            CatalogVersions versies,
            Inzicht inzicht,
            SignaalStatistieken signalen,
            Environment env,
            DiskSpace schijf) {
        this.schijf = schijf;
        this.beheer = beheer;
        this.catalogs = catalogs;
        this.versies = versies;
        this.inzicht = inzicht;
        this.signalen = signalen;
        this.env = env;
    }

    record Fout(String error) {}

    record Weigering(String error, String bron, List<nl.weerbaar.catalog.Problem> problemen, String actueleVersie) {}

    /** A valid change that could not be stored: {@code oorzaak} is SCHIJF_VOL, DATABASE or SCHRIJVEN. */
    record Opslagfout(String error, String oorzaak, String actueleVersie) {}

    /**
     * Imports the catalogue folder: {@code ?dryRun=true} previews the difference with what is
     * served; without it, activates — with {@code basis} (the previewed {@code basisVersieId}) and
     * {@code checksum} only when nothing changed since the preview (else 409).
     */
    @PostMapping("/reindex")
    ResponseEntity<?> reindex(
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) Long basis,
            @RequestParam(required = false) String checksum,
            @RequestHeader(name = DOOR_HEADER, required = false) String door,
            @RequestAttribute(name = SESSIE_DOOR, required = false) String sessieDoor) {
        return antwoord(beheer.herindexeer(door(door, sessieDoor), stap(dryRun, basis, checksum)), HttpStatus.OK);
    }

    static CatalogWijziging.Stap stap(boolean dryRun, Long basis, String checksum) {
        return new CatalogWijziging.Stap(dryRun, basis, checksum == null || checksum.isBlank() ? null : checksum);
    }

    @PostMapping("/catalog")
    ResponseEntity<?> upload(
            HttpServletRequest request,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) Long basis,
            @RequestParam(required = false) String checksum,
            @RequestHeader(name = DOOR_HEADER, required = false) String door,
            @RequestAttribute(name = SESSIE_DOOR, required = false) String sessieDoor)
            throws IOException {
        byte[] zip = request.getInputStream().readNBytes(ZipCatalogus.MAX_UPLOAD_BYTES + 1);
        if (zip.length > ZipCatalogus.MAX_UPLOAD_BYTES) {
            return fout(
                    HttpStatus.CONTENT_TOO_LARGE, AdminTeksten.zipTeGroot(ZipCatalogus.MAX_UPLOAD_BYTES / 1024 / 1024));
        }
        ZipCatalogus.Inhoud inhoud;
        try {
            inhoud = ZipCatalogus.lees(zip);
        } catch (ZipCatalogus.OngeldigeZip e) {
            return fout(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        CatalogWijziging uitkomst =
                beheer.upload(inhoud.bestanden(), door(door, sessieDoor), stap(dryRun, basis, checksum));
        if (uitkomst instanceof CatalogWijziging.Voorstel v) {
            return ResponseEntity.ok(voorstel(v, inhoud.genegeerd()));
        }
        if (uitkomst instanceof CatalogWijziging.Gelukt g) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("versie", g);
            body.put("genegeerd", inhoud.genegeerd());
            return ResponseEntity.status(g.ongewijzigd() ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(body);
        }
        return antwoord(uitkomst, HttpStatus.CREATED);
    }

    record VersieRegel(
            long id,
            String versie,
            String checksum,
            String bron,
            String herkomst,
            String door,
            Instant gemaaktOp,
            int knelpunten,
            int interventies,
            int trainingen,
            int locaties,
            boolean actueel,
            boolean hierGeserveerd) {}

    @GetMapping("/catalog/versions")
    List<VersieRegel> versies() {
        Optional<Long> actueel = versies.actueel();
        Optional<Long> hier = beheer.toegepasteVersie();
        return versies.alle().stream()
                .map(v -> new VersieRegel(
                        v.id(),
                        v.versie(),
                        v.checksum(),
                        v.bron().name(),
                        v.herkomst(),
                        v.door(),
                        v.gemaaktOp(),
                        v.knelpunten(),
                        v.interventies(),
                        v.trainingen(),
                        v.locaties(),
                        actueel.isPresent() && actueel.get() == v.id(),
                        hier.isPresent() && hier.get() == v.id()))
                .toList();
    }

    @PostMapping("/catalog/versions/{id}/restore")
    ResponseEntity<?> herstel(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) Long basis,
            @RequestParam(required = false) String checksum,
            @RequestHeader(name = DOOR_HEADER, required = false) String door,
            @RequestAttribute(name = SESSIE_DOOR, required = false) String sessieDoor) {
        return beheer.herstel(id, door(door, sessieDoor), stap(dryRun, basis, checksum))
                .map(u -> antwoord(u, HttpStatus.OK))
                .orElseGet(() -> fout(HttpStatus.NOT_FOUND, AdminTeksten.versieBestaatNiet(id)));
    }

    /** A version's files as a zip (the YAML exchange format, uploadable again). */
    @GetMapping(path = "/catalog/versions/{id}/zip", produces = "application/zip")
    ResponseEntity<?> zip(@PathVariable long id) {
        Optional<CatalogVersions.Versie> v = versies.versie(id);
        if (v.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new Fout(AdminTeksten.versieBestaatNiet(id)));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"weerbaar-catalogus-" + id + "-"
                                + v.get().versie() + ".zip\"")
                .body(ZipCatalogus.schrijf(versies.bestanden(id)));
    }

    /** The organisation served, as organisatie.yaml's data (for the admin page's form). */
    @GetMapping("/organisatie")
    Map<String, Object> organisatie() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versieId", beheer.toegepasteVersie().orElse(null));
        body.put("organisatie", beheer.organisatie());
        return body;
    }

    /**
     * The organisation edited: {@code {"organisatie": {…organisatie.yaml's keys…}}}. {@code
     * ?dryRun=true} validates and previews; without it, activates (with {@code basis}: only while
     * that version is current). Problems name the field ({@code locaties[0].aanspreekpunt.email}).
     */
    @PostMapping(path = "/organisatie", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> organisatie(
            @RequestBody(required = false) Map<String, Object> verzoek,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) Long basis,
            @RequestParam(required = false) String checksum,
            @RequestHeader(name = DOOR_HEADER, required = false) String door,
            @RequestAttribute(name = SESSIE_DOOR, required = false) String sessieDoor) {
        if (verzoek == null || !(verzoek.get("organisatie") instanceof Map<?, ?>)) {
            return fout(HttpStatus.BAD_REQUEST, AdminTeksten.GEEF_DE_ORGANISATIE);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> organisatie = (Map<String, Object>) verzoek.get("organisatie");
        return antwoord(
                beheer.organisatie(organisatie, door(door, sessieDoor), stap(dryRun, basis, checksum)),
                HttpStatus.CREATED);
    }

    @GetMapping("/status")
    Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        Map<String, Object> catalogus = new LinkedHashMap<>();
        CatalogService.State state = catalogs.state();
        if (state instanceof CatalogService.State.Loaded loaded) {
            Catalog c = loaded.snapshot().catalog();
            catalogus.put("versie", c.versie());
            catalogus.put("checksum", c.checksum());
            catalogus.put("versieId", beheer.toegepasteVersie().orElse(null));
            catalogus.put("bron", loaded.snapshot().source());
            catalogus.put("geladenOp", loaded.snapshot().loadedAt());
            catalogus.put("aantallen", CatalogSummary.of(c));
            catalogus.put("laadMs", loaded.loadTime().toMillis());
            catalogus.put(
                    "indexBouwMs", loaded.snapshot().recognizer().buildTime().toMillis());
            catalogus.put("analyseversie", loaded.snapshot().recognizer().analysisVersion());
        } else if (state instanceof CatalogService.State.Failed failed) {
            catalogus.put("problemen", failed.problems());
        }
        catalogus.put("actueleVersieInDatabase", versies.actueel().orElse(null));
        catalogus.put("laatstePeiling", beheer.laatstePeiling().orElse(null));
        status.put("catalogus", catalogus);
        status.put("map", map(beheer.mapStatus()));
        Map<String, Object> kanalen = new LinkedHashMap<>();
        kanalen.put("teams", kanaal(Kanalen.teams(env)));
        kanalen.put("slack", kanaal(Kanalen.slack(env)));
        kanalen.put("web", kanaal(Kanalen.webChat(env)));
        status.put("kanalen", kanalen);
        Map<String, Object> sig = new LinkedHashMap<>();
        sig.put("outboxAchterstand", signalen.outboxAchterstand());
        sig.put("openEscalaties", signalen.openEscalaties());
        sig.put("open", signalen.openPerLocatie());
        status.put("signalen", sig);
        return status;
    }

    /** The folder against what is served; {@code melding} is null when importing it would change nothing. */
    private static Map<String, Object> map(CatalogBeheer.MapStatus m) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("bron", m.bron());
        map.put("gewijzigd", m.gewijzigd());
        map.put(
                "laatsteImportId",
                m.laatsteImport() == null ? null : m.laatsteImport().id());
        map.put(
                "laatsteImport",
                m.laatsteImport() == null ? null : m.laatsteImport().versie());
        boolean verschilt = !m.problemen().isEmpty()
                || (m.verschil() != null && !m.verschil().leeg());
        map.put("verschilt", verschilt);
        map.put("melding", verschilt ? AdminTeksten.mapMelding(m.gewijzigd(), m.laatsteImport()) : null);
        map.put("verschil", m.verschil());
        map.put("problemen", m.problemen());
        return map;
    }

    /** Configured or not; reachability is not probed (that would call Microsoft or Slack). */
    private static Map<String, Object> kanaal(boolean geconfigureerd) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("geconfigureerd", geconfigureerd);
        k.put("bereikbaar", null);
        return k;
    }

    record KnelpuntRegel(String id, String thema, String tekst) {}

    @GetMapping("/inzicht")
    Map<String, Object> inzicht(@RequestParam(defaultValue = "12") int weken) {
        String vanaf = inzicht.vanafWeek(Math.max(1, Math.min(weken, 260)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("vanafWeek", vanaf);
        body.put("tellingen", inzicht.tellingen(vanaf));
        body.put("signalen", signalen.perWeek(vanaf));
        body.put(
                "knelpunten",
                catalogs.current().stream()
                        .flatMap(c -> c.themas().stream())
                        .flatMap((Thema t) -> t.knelpunten().stream()
                                .map((Knelpunt k) -> new KnelpuntRegel(k.id(), t.naam(), k.tekst())))
                        .toList());
        body.put(
                "locatieNamen",
                catalogs.current().stream()
                        .flatMap(c -> c.directory().locaties().stream())
                        .collect(java.util.stream.Collectors.toMap(
                                nl.weerbaar.catalog.Locatie::id, nl.weerbaar.catalog.Locatie::naam)));
        return body;
    }

    @GetMapping(path = "/inzicht.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "12") int weken) {
        String vanaf = inzicht.vanafWeek(Math.max(1, Math.min(weken, 260)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"weerbaar-inzicht-" + vanaf + ".csv\"")
                .body(Inzicht.csv(inzicht.tellingen(vanaf)).getBytes(StandardCharsets.UTF_8));
    }

    /** A preview: the difference with what is served, and how to activate it. */
    private static Map<String, Object> voorstel(CatalogWijziging.Voorstel v, List<String> genegeerd) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("voorvertoning", true);
        body.put("basisVersieId", v.basisVersieId());
        body.put("basisVersie", v.basisVersie());
        body.put("versie", v.versie());
        body.put("checksum", v.checksum());
        body.put("aantallen", v.aantallen());
        body.put("ongewijzigd", v.ongewijzigd());
        body.put("verschil", v.verschil());
        body.put("problemen", List.of());
        if (genegeerd != null) {
            body.put("genegeerd", genegeerd);
        }
        return body;
    }

    /** 409: the preview is stale. */
    record Verouderd(String error, String reden, Long basisVersieId, Long actueleVersieId, String actueleVersie) {}

    static ResponseEntity<Object> antwoord(CatalogWijziging uitkomst, HttpStatus gelukt) {
        if (uitkomst instanceof CatalogWijziging.Voorstel v) {
            return ResponseEntity.ok(voorstel(v, null));
        }
        if (uitkomst instanceof CatalogWijziging.Verouderd v) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(new Verouderd(
                            v.melding(), v.reden().name(), v.basisVersieId(), v.actueleVersieId(), v.actueleVersie()));
        }
        if (uitkomst instanceof CatalogWijziging.Gelukt g) {
            return ResponseEntity.status(g.ongewijzigd() ? HttpStatus.OK : gelukt)
                    .body(g);
        }
        if (uitkomst instanceof CatalogWijziging.NietOpgeslagen n) {
            HttpStatus status = switch (n.oorzaak()) {
                case SCHIJF_VOL -> HttpStatus.INSUFFICIENT_STORAGE;
                case DATABASE -> HttpStatus.SERVICE_UNAVAILABLE;
                case SCHRIJVEN -> HttpStatus.INTERNAL_SERVER_ERROR;
            };
            return ResponseEntity.status(status)
                    .body(new Opslagfout(n.melding(), n.oorzaak().name(), n.actueleVersie()));
        }
        CatalogWijziging.Geweigerd w = (CatalogWijziging.Geweigerd) uitkomst;
        return ResponseEntity.status(422)
                .body(new Weigering(
                        AdminTeksten.nietGeladen(w.problemen().size(), w.actueleVersie()),
                        w.bron(),
                        w.problemen(),
                        w.actueleVersie()));
    }

    /** Any other admin request that needs the database while it cannot be read or written. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Object> databaseFout(RuntimeException e) {
        return databaseFout(schijf, e);
    }

    /** The database failed under an admin request: 507 on a full disk, else 503 (also for {@link OnbeantwoordController}). */
    static ResponseEntity<Object> databaseFout(DiskSpace schijf, RuntimeException e) {
        boolean vol = schijf.full(e);
        log.warn(
                "Admin request failed: the database is {} ({})",
                vol ? "on a full disk" : "unavailable",
                Database.rootMessage(e));
        return vol
                ? fout(HttpStatus.INSUFFICIENT_STORAGE, AdminTeksten.SCHIJF_VOL)
                : fout(HttpStatus.SERVICE_UNAVAILABLE, AdminTeksten.DATABASE_WEG);
    }

    static ResponseEntity<Object> fout(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new Fout(message));
    }

    /**
     * Who did it, for the audit and the version history: the admin signed in with the school's
     * account ({@code sessieDoor}, set by {@link AdminToken}: the header is ignored then), else the
     * bearer token's caller, {@code admin-api} with the optional {@code X-Weerbaar-Beheerder} name.
     */
    static String door(String header, String sessieDoor) {
        if (sessieDoor != null) {
            return sessieDoor;
        }
        if (header == null || header.isBlank()) {
            return "admin-api";
        }
        String d = header.strip().replaceAll("\\p{Cntrl}", "");
        return "admin-api:" + (d.length() > 100 ? d.substring(0, 100) : d);
    }
}
