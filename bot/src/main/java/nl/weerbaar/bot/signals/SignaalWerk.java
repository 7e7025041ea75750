package nl.weerbaar.bot.signals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.signals.SignaalTeksten.Rol;
import nl.weerbaar.catalog.Directory;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.catalog.Locatie;
import nl.weerbaar.catalog.Persoon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the scheduled jobs do: deliver a card, tell a reporter, escalate, purge. Each job is run by
 * one instance at a time (db-scheduler); the escalation's status change is conditional as well, so
 * a revived job cannot escalate twice. Logs name signal ids and references, never texts.
 */
@Component
class SignaalWerk {
    private static final Logger log = LoggerFactory.getLogger(SignaalWerk.class);
    private static final String SYSTEEM = "systeem";

    private final SignaalOpslag opslag;
    private final SignaalPlanner planner;
    private final Signalen signalen;
    private final CatalogService catalogs;
    private final ObjectProvider<SignaalKanaal> kanalen;
    private final Clock clock;
    private final SignalenProperties properties;
    private final TransactionTemplate tx;

    SignaalWerk(
            SignaalOpslag opslag,
            SignaalPlanner planner,
            Signalen signalen,
            CatalogService catalogs,
            ObjectProvider<SignaalKanaal> kanalen,
            Clock clock,
            SignalenProperties properties,
            PlatformTransactionManager transactions) {
        this.opslag = opslag;
        this.planner = planner;
        this.signalen = signalen;
        this.catalogs = catalogs;
        this.kanalen = kanalen;
        this.clock = clock;
        this.properties = properties;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Job {@code <id>:<rol>:<kanaal>}: the card to the aanspreekpunt, backup or an admin. */
    void bezorg(String instance) {
        String[] delen = instance.split(":");
        long id = Long.parseLong(delen[0]);
        String rol = delen[1];
        Kanaal kanaal = Kanaal.valueOf(delen[2]);
        Optional<Signaal> gevonden = opslag.signaal(id);
        if (gevonden.isEmpty()) {
            return; // purged meanwhile
        }
        Signaal s = gevonden.get();
        Directory d = directory();
        Optional<Locatie> locatie = d.locatie(s.locatieId());
        Optional<Persoon> ontvanger = ontvanger(d, locatie, rol);
        Optional<SignaalKanaal> via = kanaal(kanaal);
        Optional<String> adres = ontvanger.flatMap(p -> via.flatMap(k -> k.adres(p)));
        if (adres.isEmpty()) {
            log.warn(
                    "Signal {}: no {} address for {} any more; it stays in the web inbox", s.referentie(), kanaal, rol);
            opslag.audit(id, "NIET_BEZORGD", SYSTEEM, kanaal + " " + rol, clock.instant());
            return;
        }
        Rol kaartRol =
                rol.equals("aanspreekpunt") ? Rol.AANSPREEKPUNT : rol.equals("backup") ? Rol.BACKUP : Rol.BEHEERDER;
        via.get()
                .stuur(
                        adres.get(),
                        SignaalKaarten.bezorging(
                                s, locatie.map(Locatie::naam).orElse(s.locatieId()), kaartRol, properties.tijdzone()));
        opslag.audit(id, "BEZORGD", SYSTEEM, kanaal + " " + rol, clock.instant());
        log.info("Signal {} delivered to the {} via {}", s.referentie(), rol, kanaal);
    }

    private static Optional<Persoon> ontvanger(Directory d, Optional<Locatie> locatie, String rol) {
        if (rol.equals("aanspreekpunt")) {
            return locatie.map(Locatie::aanspreekpunt);
        }
        if (rol.equals("backup")) {
            return locatie.map(Locatie::backup);
        }
        if (rol.startsWith("beheerder-")) {
            int i = Integer.parseInt(rol.substring("beheerder-".length()));
            return i < d.admins().size() ? Optional.of(d.admins().get(i)) : Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<SignaalKanaal> kanaal(Kanaal kanaal) {
        return kanalen.orderedStream()
                .filter(k -> k.kanaal() == kanaal && k.actief())
                .findFirst();
    }

    /** Job {@code <id>:<gebeurtenis>}: tells the reporter in Teams or Slack. */
    void informeerMelder(String instance) {
        String[] delen = instance.split(":");
        long id = Long.parseLong(delen[0]);
        String gebeurtenis = delen[1];
        Optional<Signaal> gevonden = opslag.signaal(id);
        if (gevonden.isEmpty()) {
            return;
        }
        Signaal s = gevonden.get();
        String tekst;
        if (gebeurtenis.equals("opgepakt")) {
            tekst = SignaalTeksten.opgepakt(s, properties.tijdzone());
        } else {
            int niveau = Integer.parseInt(gebeurtenis.substring("escalatie-".length()));
            String backup = directory()
                    .locatie(s.locatieId())
                    .map(l -> l.backup().naam())
                    .orElse(SignaalTeksten.DE_BACKUP);
            tekst = SignaalTeksten.geescaleerd(s, niveau, backup);
        }
        Optional<SignaalKanaal> via = kanaal(s.melderKanaal());
        if (via.isEmpty()) {
            opslag.bericht(s.melderKanaal(), s.melderId(), tekst, clock.instant());
            return;
        }
        via.get().stuur(s.melderId(), SignaalTeksten.bericht(tekst));
        opslag.audit(id, "MELDER_GEINFORMEERD", SYSTEEM, gebeurtenis, clock.instant());
    }

    /**
     * Job {@code <id>:<niveau>}: not picked up in time. Level 1 delivers to the backup and plans
     * level 2 after the same period; level 2 delivers to the admins. The reporter is told each time.
     */
    void escaleer(String instance) {
        String[] delen = instance.split(":");
        long id = Long.parseLong(delen[0]);
        int niveau = Integer.parseInt(delen[1]);
        tx.executeWithoutResult(status -> {
            Optional<Signaal> gevonden = opslag.signaal(id);
            if (gevonden.isEmpty() || !opslag.escaleer(id, niveau - 1)) {
                return; // picked up, purged, or already escalated
            }
            Signaal s = gevonden.get();
            Instant nu = clock.instant();
            Directory d = directory();
            Optional<Locatie> locatie = d.locatie(s.locatieId());
            opslag.audit(id, "GEESCALEERD", SYSTEEM, "niveau " + niveau, nu);
            if (niveau == 1 && locatie.isPresent()) {
                planner.bezorgAan(id, locatie.get().backup(), "backup");
                planner.escaleer(id, 2, Werkdagen.na(nu, signalen.escalatie(s.urgent()), properties.tijdzone()));
            } else {
                List<Persoon> admins = d.admins();
                for (int i = 0; i < admins.size(); i++) {
                    planner.bezorgAan(id, admins.get(i), "beheerder-" + i);
                }
            }
            String backup = locatie.map(l -> l.backup().naam()).orElse(SignaalTeksten.DE_BACKUP);
            signalen.informeer(s, "escalatie-" + niveau, SignaalTeksten.geescaleerd(s, niveau, backup));
            log.info("Signal {} escalated to level {}", s.referentie(), niveau);
        });
    }

    /** A delivery or notice was given up: audited; the signal stays in the inbox and escalates as usual. */
    void opgegeven(String taak, String instance, String reden) {
        try {
            long id = Long.parseLong(instance.split(":")[0]);
            opslag.audit(id, "BEZORGING_OPGEGEVEN", SYSTEEM, (taak + " " + reden), clock.instant());
        } catch (RuntimeException e) {
            log.warn(
                    "Could not audit the given-up job {}: {}",
                    instance,
                    e.getClass().getSimpleName());
        }
    }

    /**
     * The retention job: drafts and sealed proposals older than their validity and inbox sessions
     * past their end are deleted; signals picked up but never
     * marked handled close at pick-up + {@code afsluiten-na-oppakken}; closed signals older than
     * {@code bewaartermijn} are deleted, leaving one anonymous count row each.
     */
    int opschonen() {
        Instant nu = clock.instant();
        opslag.verwijderConceptenVoor(nu.minus(properties.conceptGeldigheid()));
        opslag.verwijderVoorstellenVoor(nu.minus(properties.conceptGeldigheid()));
        opslag.verwijderVerlopenInboxSessies(nu);
        for (Signaal s : opslag.opgepaktVoor(nu.minus(properties.afsluitenNaOppakken()))) {
            Instant dicht = s.opgepaktOp().plus(properties.afsluitenNaOppakken());
            tx.executeWithoutResult(status -> {
                opslag.sluitAutomatisch(s.id(), dicht);
                opslag.audit(s.id(), "AFGESLOTEN", SYSTEEM, "automatisch na oppakken", nu);
            });
        }
        int gewist = 0;
        for (Signaal s : opslag.afgeslotenVoor(nu.minus(properties.bewaartermijn()))) {
            tx.executeWithoutResult(status -> {
                var datum = s.aangemaaktOp().atZone(properties.tijdzone());
                String week = String.format(
                        "%d-W%02d", datum.get(IsoFields.WEEK_BASED_YEAR), datum.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                Integer minuten = s.opgepaktOp() == null
                        ? null
                        : (int) Duration.between(s.aangemaaktOp(), s.opgepaktOp())
                                .toMinutes();
                opslag.telling(s.locatieId(), s.knelpuntId(), s.urgent(), week, minuten, s.escalatieNiveau());
                opslag.verwijder(s.id());
                opslag.audit(s.id(), "GEWIST", SYSTEEM, "bewaartermijn", nu);
            });
            gewist++;
        }
        if (gewist > 0) {
            log.info("Purged {} signal(s) past the retention period; anonymous counts kept", gewist);
        }
        return gewist;
    }

    /** The directory; a job that runs before the catalogue is loaded (just after start) is retried. */
    private Directory directory() {
        return catalogs.current()
                .orElseThrow(() -> BezorgFout.tijdelijk("no catalogue loaded", null))
                .directory();
    }
}
