package nl.weerbaar.bot.catalog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** UP only while a valid catalogue is being served; lists the problems when none could load. */
@Component("catalog")
public class CatalogHealthIndicator implements HealthIndicator {
    private final CatalogService catalogs;

    public CatalogHealthIndicator(CatalogService catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public Health health() {
        CatalogService.State state = catalogs.state();
        if (state instanceof CatalogService.State.Loaded loaded) {
            return Health.up()
                    .withDetail("version", loaded.snapshot().catalog().versie())
                    .withDetail("analysis", loaded.snapshot().recognizer().analysisVersion())
                    .withDetail("source", loaded.snapshot().source())
                    .withDetail("loadedAt", loaded.snapshot().loadedAt().toString())
                    .withDetail("loadTimeMs", loaded.loadTime().toMillis())
                    .build();
        }
        if (state instanceof CatalogService.State.Failed failed) {
            return Health.down()
                    .withDetail("source", failed.source())
                    .withDetail(
                            "problems",
                            failed.problems().stream().map(Object::toString).toList())
                    .build();
        }
        return Health.outOfService().withDetail("catalog", "loading").build();
    }
}
