package nl.weerbaar.bot.catalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the catalogue once the application has started; until then health is OUT_OF_SERVICE. */
@Component
class CatalogStartup implements ApplicationRunner {
    private final CatalogService catalogs;

    CatalogStartup(CatalogService catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogs.reload();
    }
}
