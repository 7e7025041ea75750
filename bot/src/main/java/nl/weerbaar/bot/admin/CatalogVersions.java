package nl.weerbaar.bot.admin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaar.bot.catalog.CatalogSummary;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue versions in the database (table {@code catalog_version} with the files' content)
 * and the pointer to the one every instance serves ({@code catalog_current}).
 */
@Repository
public class CatalogVersions {
    /** Where a version came from. */
    public enum Bron {
        /** the configured folder (or the bundled catalogue), read on a reindex or at start-up */
        MAP,
        /** a zip an admin uploaded */
        UPLOAD,
        /** an example phrasing added to the current version from an unanswered question */
        VOORBEELDZIN,
        /** the organisation (locaties, aanspreekpunten, …) edited on the admin page */
        ORGANISATIE
    }

    /** One stored version, without its files. */
    public record Versie(
            long id,
            String checksum,
            Bron bron,
            String herkomst,
            String door,
            Instant gemaaktOp,
            int knelpunten,
            int interventies,
            int trainingen,
            int locaties) {
        public String versie() {
            return checksum.substring(0, Math.min(12, checksum.length()));
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate tx;

    CatalogVersions(JdbcClient jdbc, Clock clock, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
    }

    /** Stores a validated catalogue's files as a new version and makes it current; returns its id. */
    long bewaarEnMaakActueel(Map<String, String> bestanden, Catalog catalog, Bron bron, String herkomst, String door) {
        return tx.execute(status -> {
            long id = bewaar(bestanden, catalog, bron, herkomst, door);
            maakActueel(id);
            return id;
        });
    }

    /**
     * Stores a validated catalogue's files as a new version and makes it current, but only while
     * the current version is still {@code verwacht} (null: while there is none yet — the first
     * start). Empty, and nothing stored, when another change (on any instance) came first.
     */
    Optional<Long> bewaarEnMaakActueelAls(
            Map<String, String> bestanden, Catalog catalog, Bron bron, String herkomst, String door, Long verwacht) {
        return tx.execute(status -> {
            long id = bewaar(bestanden, catalog, bron, herkomst, door);
            if (maakActueelAls(id, verwacht)) {
                return Optional.of(id);
            }
            status.setRollbackOnly();
            return Optional.<Long>empty();
        });
    }

    /** Makes a stored version current while the current one is still {@code verwacht} (null: none). */
    boolean maakActueelAls(long id, Long verwacht) {
        var update = jdbc.sql("update catalog_current set version_id = :id, gewijzigd_op = :op where id = 1 and "
                        + (verwacht == null ? "version_id is null" : "version_id = :verwacht"))
                .param("id", id)
                .param("op", Timestamp.from(clock.instant()));
        return (verwacht == null ? update : update.param("verwacht", verwacht)).update() == 1;
    }

    private long bewaar(Map<String, String> bestanden, Catalog catalog, Bron bron, String herkomst, String door) {
        CatalogSummary s = CatalogSummary.of(catalog);
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                            insert into catalog_version (checksum, bron, herkomst, door, gemaakt_op,
                                knelpunten, interventies, trainingen, locaties)
                            values (:checksum, :bron, :herkomst, :door, :op, :knelpunten, :interventies, :trainingen, :locaties)""")
                .param("checksum", catalog.checksum())
                .param("bron", bron.name())
                .param("herkomst", kort(herkomst, 500))
                .param("door", kort(door, 200))
                .param("op", Timestamp.from(clock.instant()))
                .param("knelpunten", s.knelpunten())
                .param("interventies", s.interventies())
                .param("trainingen", s.trainingen())
                .param("locaties", s.locaties())
                .update(key, "id");
        long id = key.getKey().longValue();
        for (String naam : CatalogLoader.ALL_FILES) {
            String inhoud = bestanden.get(naam);
            if (inhoud != null) {
                jdbc.sql("insert into catalog_version_file (version_id, naam, inhoud) values (:id, :naam, :inhoud)")
                        .param("id", id)
                        .param("naam", naam)
                        .param("inhoud", inhoud)
                        .update();
            }
        }
        return id;
    }

    /** Makes a stored version the one every instance serves. */
    void maakActueel(long id) {
        jdbc.sql("update catalog_current set version_id = :id, gewijzigd_op = :op where id = 1")
                .param("id", id)
                .param("op", Timestamp.from(clock.instant()))
                .update();
    }

    /** The id of the version every instance should serve, if any. */
    public Optional<Long> actueel() {
        return jdbc.sql("select version_id from catalog_current where id = 1")
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? null : id;
                })
                .optional();
    }

    /** The files of a version: file name to content. */
    Map<String, String> bestanden(long id) {
        Map<String, String> bestanden = new LinkedHashMap<>();
        jdbc.sql("select naam, inhoud from catalog_version_file where version_id = :id")
                .param("id", id)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> bestanden.put(e.getKey(), e.getValue()));
        return bestanden;
    }

    public Optional<Versie> versie(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(CatalogVersions::versie)
                .optional();
    }

    /** All versions, newest first. */
    public List<Versie> alle() {
        return jdbc.sql(SELECT + " order by id desc")
                .query(CatalogVersions::versie)
                .list();
    }

    /** The newest version read from the given folder (or the bundled catalogue), if any. */
    Optional<Versie> laatsteVanHerkomst(String herkomst) {
        return jdbc
                .sql(SELECT + " where bron = 'MAP' and herkomst = :herkomst order by id desc")
                .param("herkomst", kort(herkomst, 500))
                .query(CatalogVersions::versie)
                .list()
                .stream()
                .findFirst();
    }

    private static final String SELECT = """
            select id, checksum, bron, herkomst, door, gemaakt_op, knelpunten, interventies, trainingen, locaties
            from catalog_version""";

    private static Versie versie(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Versie(
                rs.getLong("id"),
                rs.getString("checksum"),
                Bron.valueOf(rs.getString("bron")),
                rs.getString("herkomst"),
                rs.getString("door"),
                rs.getTimestamp("gemaakt_op").toInstant(),
                rs.getInt("knelpunten"),
                rs.getInt("interventies"),
                rs.getInt("trainingen"),
                rs.getInt("locaties"));
    }

    private static String kort(String s, int max) {
        return s.length() > max ? s.substring(s.length() - max) : s;
    }
}
