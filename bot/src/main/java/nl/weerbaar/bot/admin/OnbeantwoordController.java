package nl.weerbaar.bot.admin;

import java.util.List;
import java.util.Optional;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.store.DiskSpace;
import org.springframework.context.annotation.Conditional;
import org.springframework.dao.DataAccessException;
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
 * The unanswered questions on the admin API: the grouped, paged list, "Negeer" (one question or
 * all like it) and "Voeg toe als voorbeeldzin". Errors as {@link AdminController}'s.
 */
@RestController
@RequestMapping(path = "/admin/onbeantwoord", produces = MediaType.APPLICATION_JSON_VALUE)
@Conditional(BeheerAan.class)
class OnbeantwoordController {
    private final OnbeantwoordeLijst lijst;
    private final CatalogBeheer beheer;
    private final CatalogService catalogs;
    private final DiskSpace schijf;

    OnbeantwoordController(OnbeantwoordeLijst lijst, CatalogBeheer beheer, CatalogService catalogs, DiskSpace schijf) {
        this.lijst = lijst;
        this.beheer = beheer;
        this.catalogs = catalogs;
        this.schijf = schijf;
    }

    /** A read or "Negeer" (each audited) the database refused: 507 on a full disk, else 503. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<Object> databaseFout(RuntimeException e) {
        return AdminController.databaseFout(schijf, e);
    }

    /** A page of groups ({@code limit} default 50, at most 200); each read is audited. */
    @GetMapping
    ResponseEntity<?> lijst(
            @RequestParam(name = "limit", required = false) Integer limit,
            @RequestParam(name = "offset", required = false) Integer offset,
            @RequestHeader(name = AdminController.DOOR_HEADER, required = false) String door,
            @RequestAttribute(name = AdminController.SESSIE_DOOR, required = false) String sessieDoor) {
        int l = limit == null ? OnbeantwoordeLijst.STANDAARD_PAGINA : limit;
        int o = offset == null ? 0 : offset;
        if (l < 1 || o < 0) {
            return AdminController.fout(
                    HttpStatus.BAD_REQUEST, AdminTeksten.ongeldigePagina(OnbeantwoordeLijst.MAX_PAGINA));
        }
        return ResponseEntity.ok(
                lijst.pagina(Math.min(l, OnbeantwoordeLijst.MAX_PAGINA), o, AdminController.door(door, sessieDoor)));
    }

    /** @param genegeerd how many questions were set aside; {@code melding} says it in Dutch */
    record Genegeerd(int genegeerd, String melding) {}

    /** "Negeer": this question, or with {@code vergelijkbaar=true} every question like it. */
    @PostMapping("/{id}/negeer")
    ResponseEntity<?> negeer(
            @PathVariable long id,
            @RequestParam(name = "vergelijkbaar", defaultValue = "false") boolean vergelijkbaar,
            @RequestHeader(name = AdminController.DOOR_HEADER, required = false) String door,
            @RequestAttribute(name = AdminController.SESSIE_DOOR, required = false) String sessieDoor) {
        int aantal = lijst.negeer(id, vergelijkbaar, AdminController.door(door, sessieDoor));
        if (aantal == 0) {
            return AdminController.fout(HttpStatus.NOT_FOUND, AdminTeksten.vraagBestaatNiet(id));
        }
        return ResponseEntity.ok(new Genegeerd(
                aantal, vergelijkbaar ? AdminTeksten.genegeerdOokVoortaan(aantal) : AdminTeksten.genegeerd(aantal)));
    }

    record VoorbeeldVerzoek(String knelpunt) {}

    /**
     * What "Voeg toe" came to when it worked: {@code melding} in plain Dutch, the version as a
     * reindex answers it.
     */
    record Toegevoegd(String melding, CatalogWijziging.Gelukt versie) {}

    /**
     * "Voeg toe als voorbeeldzin voor knelpunt X". With {@code ?dryRun=true}: the difference the
     * new version would make, nothing changed, the question stays. Without it ("Activeer", with
     * the preview's {@code basis} and {@code checksum}: only while nothing changed since, else 409):
     * adds the question's text, makes the new version current and forgets the question and those
     * like it (the bot now answers them).
     */
    @PostMapping(path = "/{id}/voorbeeld", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> voorbeeld(
            @PathVariable long id,
            @RequestBody VoorbeeldVerzoek verzoek,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) Long basis,
            @RequestParam(required = false) String checksum,
            @RequestHeader(name = AdminController.DOOR_HEADER, required = false) String door,
            @RequestAttribute(name = AdminController.SESSIE_DOOR, required = false) String sessieDoor) {
        if (verzoek == null || verzoek.knelpunt() == null || verzoek.knelpunt().isBlank()) {
            return AdminController.fout(HttpStatus.BAD_REQUEST, AdminTeksten.GEEF_HET_KNELPUNT);
        }
        String wie = AdminController.door(door, sessieDoor);
        Optional<OnbeantwoordeLijst.Vraag> vraag = lijst.vraag(id, wie);
        if (vraag.isEmpty()) {
            return AdminController.fout(HttpStatus.NOT_FOUND, AdminTeksten.vraagBestaatNiet(id));
        }
        List<Long> groep = dryRun ? List.of() : lijst.groepVan(id);
        CatalogWijziging uitkomst;
        try {
            uitkomst = beheer.voegVoorbeeldToe(
                    vraag.get().tekst(), verzoek.knelpunt(), wie, AdminController.stap(dryRun, basis, checksum));
        } catch (IllegalArgumentException e) {
            return AdminController.fout(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        if (uitkomst instanceof CatalogWijziging.Gelukt g) {
            lijst.verwijder(groep.isEmpty() ? List.of(id) : groep);
            return ResponseEntity.ok(new Toegevoegd(melding(verzoek.knelpunt()), g));
        }
        return AdminController.antwoord(uitkomst, HttpStatus.OK);
    }

    /** The one place that says what adding an example phrasing came to, once activated. */
    private String melding(String knelpuntId) {
        return catalogs.current()
                .flatMap(c -> OnbeantwoordeLijst.keuzes(c).stream()
                        .filter(k -> k.id().equals(knelpuntId))
                        .findFirst())
                .map(k -> AdminTeksten.voorbeeldzinToegevoegd(k.naam()))
                .orElse(AdminTeksten.voorbeeldzinToegevoegd(knelpuntId));
    }
}
