package nl.weerbaar.bot.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Locatie;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions the bot could not answer, as admins work through them: within the retention
 * period, not set aside, near-duplicates grouped ({@link Vergelijkbaar}) with a count, newest
 * first, paged by group, with the channel's and locatie's names. Every read is audited in {@code
 * onbeantwoord_inzage} (who, when, which page, how many rows; never a text); every "Negeer" in
 * {@code onbeantwoord_negeren} (who, when, how many).
 *
 * <p>"Negeer" sets one question aside. "Negeer alle" sets the group aside and, within the retention
 * period, every question like it asked later: junk such as "ja" or "Goedemorgen" is set aside
 * once, not every day.
 */
@Repository
class OnbeantwoordeLijst {
    static final int STANDAARD_PAGINA = 50;
    static final int MAX_PAGINA = 200;
    /**
     * The newest questions grouped (each page compares each with every group: about a second for
     * this many on a loaded machine); older ones wait until these are worked through.
     */
    static final int MAX_GELEZEN = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration bewaartermijn;
    private final CatalogService catalogs;

    OnbeantwoordeLijst(
            JdbcClient jdbc,
            Clock clock,
            @Value("${weerbaar.onbeantwoord.bewaartermijn:P30D}") Duration bewaartermijn,
            CatalogService catalogs) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.bewaartermijn = bewaartermijn;
        this.catalogs = catalogs;
    }

    /** A stored question (stripped of names, classes, phone numbers): shown to admins only. */
    record Vraag(long id, String tekst, String kanaal, String locatie, Instant gesteldOp) {}

    /**
     * A question and those like it, shown as its newest one.
     *
     * @param id the newest question's id (the one "Voeg toe" and "Negeer" act on)
     * @param kanaal {@code TEAMS}, {@code SLACK} or {@code WEB}; {@code kanaalNaam} says it in Dutch
     * @param locatie the locatie id or null; {@code locatieNaam} its name from the directory
     * @param aantal how many questions the group holds; {@code ids} them all, newest first
     */
    record Groep(
            long id,
            String tekst,
            String kanaal,
            String kanaalNaam,
            String locatie,
            String locatieNaam,
            Instant gesteldOp,
            int aantal,
            List<Long> ids) {}

    /** A knelpunt to add a question to, by the name the admin page shows. */
    record Keuze(String id, String naam) {}

    /**
     * One page of groups and how many there are ({@code totaal} groups, {@code vragen} questions),
     * with the knelpunten to choose from.
     */
    record Pagina(List<Groep> vragen, long totaal, long aantalVragen, int limit, int offset, List<Keuze> knelpunten) {}

    Pagina pagina(int limit, int offset, String door) {
        List<List<Vraag>> groepen = groepen();
        Optional<Catalog> catalog = catalogs.current();
        List<Groep> pagina = groepen.stream()
                .skip(offset)
                .limit(limit)
                .map(g -> groep(g, catalog))
                .toList();
        inzage(door, "LIJST", offset, limit, pagina.size());
        return new Pagina(
                pagina,
                groepen.size(),
                groepen.stream().mapToLong(List::size).sum(),
                limit,
                offset,
                catalog.map(OnbeantwoordeLijst::keuzes).orElse(List.of()));
    }

    /** The knelpunten in the catalogue's order, each by its readable name. */
    static List<Keuze> keuzes(Catalog catalog) {
        return catalog.themas().stream()
                .flatMap(t -> t.knelpunten().stream()
                        .map(k -> new Keuze(k.id(), AdminTeksten.knelpuntNaam(t.naam(), k.tekst()))))
                .toList();
    }

    private static Groep groep(List<Vraag> vragen, Optional<Catalog> catalog) {
        Vraag nieuwste = vragen.get(0);
        String locatieNaam = nieuwste.locatie() == null
                ? null
                : catalog.flatMap(c -> c.directory().locatie(nieuwste.locatie()))
                        .map(Locatie::naam)
                        .orElse(nieuwste.locatie());
        return new Groep(
                nieuwste.id(),
                nieuwste.tekst(),
                nieuwste.kanaal(),
                AdminTeksten.kanaalNaam(nieuwste.kanaal()),
                nieuwste.locatie(),
                locatieNaam,
                nieuwste.gesteldOp(),
                vragen.size(),
                vragen.stream().map(Vraag::id).toList());
    }

    /** The open questions grouped, newest group first, without those like a question set aside with all like it. */
    private List<List<Vraag>> groepen() {
        Timestamp grens = Timestamp.from(clock.instant().minus(bewaartermijn));
        List<Vraag> open = lees("genegeerd_op is null", grens);
        List<Vergelijkbaar.Vorm> genegeerd = lees("genegeerd_vergelijkbaar", grens).stream()
                .map(v -> Vergelijkbaar.Vorm.van(v.tekst()))
                .toList();
        return Vergelijkbaar.groepeer(open, Vraag::tekst).stream()
                .filter(g -> {
                    Vergelijkbaar.Vorm eerste = Vergelijkbaar.Vorm.van(g.get(0).tekst());
                    return genegeerd.stream().noneMatch(n -> Vergelijkbaar.lijkt(n, eerste));
                })
                .toList();
    }

    private List<Vraag> lees(String voorwaarde, Timestamp grens) {
        return jdbc.sql("select id, tekst, kanaal, locatie_id, gesteld_op from onbeantwoorde_vraag where "
                        + voorwaarde + " and gesteld_op >= :grens order by gesteld_op desc, id desc limit "
                        + MAX_GELEZEN)
                .param("grens", grens)
                .query(OnbeantwoordeLijst::vraag)
                .list();
    }

    /** One open question (to add it as an example phrasing); the read is audited. */
    Optional<Vraag> vraag(long id, String door) {
        Optional<Vraag> vraag = jdbc.sql("""
                        select id, tekst, kanaal, locatie_id, gesteld_op from onbeantwoorde_vraag
                        where id = :id and gesteld_op >= :grens and genegeerd_op is null""")
                .param("id", id)
                .param("grens", Timestamp.from(clock.instant().minus(bewaartermijn)))
                .query(OnbeantwoordeLijst::vraag)
                .optional();
        inzage(door, "VRAAG", 0, 1, vraag.isPresent() ? 1 : 0);
        return vraag;
    }

    /** The ids of the group the open question {@code id} is in (itself first), or empty when it is not open. */
    List<Long> groepVan(long id) {
        for (List<Vraag> groep : groepen()) {
            if (groep.stream().anyMatch(v -> v.id() == id)) {
                return groep.stream()
                        .map(Vraag::id)
                        .sorted((a, b) -> a == id ? -1 : b == id ? 1 : 0)
                        .toList();
            }
        }
        return List.of();
    }

    /**
     * Sets the open question aside, or with {@code vergelijkbaar} its whole group and those like it
     * asked later; audited with who did it. Returns how many were set aside: 0 when the question is not open (any more).
     */
    @Transactional
    int negeer(long id, boolean vergelijkbaar, String door) {
        List<Long> groep = groepVan(id);
        if (groep.isEmpty()) {
            return 0;
        }
        List<Long> ids = vergelijkbaar ? groep : List.of(id);
        Timestamp nu = Timestamp.from(clock.instant());
        String actor = kort(door);
        int aantal = jdbc.sql("""
                            update onbeantwoorde_vraag
                            set genegeerd_op = :nu, genegeerd_door = :door, genegeerd_vergelijkbaar = :vergelijkbaar
                            where id in (:ids) and genegeerd_op is null""")
                .param("nu", nu)
                .param("vergelijkbaar", vergelijkbaar)
                .param("door", actor)
                .param("ids", ids)
                .update();
        jdbc.sql("""
                            insert into onbeantwoord_negeren (actor, op, aantal, vergelijkbaar)
                            values (:actor, :op, :aantal, :vergelijkbaar)""")
                .param("actor", actor)
                .param("op", nu)
                .param("aantal", aantal)
                .param("vergelijkbaar", vergelijkbaar)
                .update();
        return aantal;
    }

    /** Forgets the questions (added as an example phrasing: the bot now answers them). */
    void verwijder(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from onbeantwoorde_vraag where id in (:ids)")
                    .param("ids", ids)
                    .update();
        }
    }

    private static Vraag vraag(ResultSet rs, int n) throws SQLException {
        return new Vraag(
                rs.getLong("id"),
                rs.getString("tekst"),
                rs.getString("kanaal"),
                rs.getString("locatie_id"),
                rs.getTimestamp("gesteld_op").toInstant());
    }

    private void inzage(String door, String wat, int vanaf, int limiet, int rijen) {
        jdbc.sql("""
                        insert into onbeantwoord_inzage (actor, op, wat, vanaf, limiet, rijen)
                        values (:actor, :op, :wat, :vanaf, :limiet, :rijen)""")
                .param("actor", kort(door))
                .param("op", Timestamp.from(clock.instant()))
                .param("wat", wat)
                .param("vanaf", vanaf)
                .param("limiet", limiet)
                .param("rijen", rijen)
                .update();
    }

    private static String kort(String door) {
        return door.length() > 250 ? door.substring(0, 250) : door;
    }
}
