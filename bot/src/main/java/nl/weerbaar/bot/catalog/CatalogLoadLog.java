package nl.weerbaar.bot.catalog;

import java.sql.Timestamp;
import java.time.Clock;
import nl.weerbaar.catalog.Catalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Records in the database which catalogue version was loaded when, from where. */
@Repository
public class CatalogLoadLog {
    private final JdbcClient jdbc;
    private final Clock clock;

    public CatalogLoadLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(Catalog catalog, String source) {
        CatalogSummary s = CatalogSummary.of(catalog);
        jdbc.sql("""
                        insert into catalog_load (checksum, source, loaded_at, knelpunten, interventies, trainingen, locaties)
                        values (:checksum, :source, :loadedAt, :knelpunten, :interventies, :trainingen, :locaties)""")
                .param("checksum", catalog.checksum())
                .param("source", source.length() > 500 ? source.substring(source.length() - 500) : source)
                .param("loadedAt", Timestamp.from(clock.instant()))
                .param("knelpunten", s.knelpunten())
                .param("interventies", s.interventies())
                .param("trainingen", s.trainingen())
                .param("locaties", s.locaties())
                .update();
    }
}
