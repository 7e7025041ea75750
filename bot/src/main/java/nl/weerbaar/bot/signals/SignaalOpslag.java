package nl.weerbaar.bot.signals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.weerbaar.bot.signals.Signaal.Status;
import nl.weerbaar.catalog.Kanaal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The signals' tables (V5, V60): sealed proposals, drafts, signals, audit, web notices and anonymous counts. */
@Repository
class SignaalOpslag {
    /** The steps whose draft reads what the teacher types next. */
    private static final List<String> WACHTENDE_STAPPEN = Arrays.stream(Concept.Stap.values())
            .filter(Concept.Stap::wachtOpAntwoord)
            .map(Concept.Stap::name)
            .toList();

    private static final String SIGNAAL_KOLOMMEN = "id, referentie, locatie_id, knelpunt_id, urgent, beschrijving,"
            + " leerling, melder_kanaal, melder_id, melder_naam, status, aangemaakt_op, escalatie_niveau, opgepakt_op,"
            + " opgepakt_door, afgesloten_op";

    private final JdbcClient jdbc;

    SignaalOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- drafts

    void nieuwConcept(Concept c, Instant nu) {
        jdbc.sql("""
                        insert into signaal_concept (id, kanaal, user_id, stap, beschrijving, beschrijving_ok, locatie_id,
                            knelpunt_id, urgent, leerling, leerling_gevraagd, aangemaakt_op, bijgewerkt_op)
                        values (:id, :kanaal, :user, :stap, :beschrijving, :ok, :locatie, :knelpunt, :urgent, :leerling,
                            :gevraagd, :nu, :nu)""")
                .param("id", c.id())
                .param("kanaal", c.kanaal().name())
                .param("user", c.userId())
                .param("stap", c.stap().name())
                .param("beschrijving", c.beschrijving())
                .param("ok", c.beschrijvingOk())
                .param("locatie", c.locatieId())
                .param("knelpunt", c.knelpuntId())
                .param("urgent", c.urgent())
                .param("leerling", c.leerling())
                .param("gevraagd", c.leerlingGevraagd())
                .param("nu", Timestamp.from(nu))
                .update();
    }

    void bewaarConcept(Concept c, Instant nu) {
        jdbc.sql("""
                        update signaal_concept set stap = :stap, beschrijving = :beschrijving, beschrijving_ok = :ok,
                            locatie_id = :locatie, urgent = :urgent, leerling = :leerling, leerling_gevraagd = :gevraagd,
                            bijgewerkt_op = :nu
                        where id = :id""")
                .param("id", c.id())
                .param("stap", c.stap().name())
                .param("beschrijving", c.beschrijving())
                .param("ok", c.beschrijvingOk())
                .param("locatie", c.locatieId())
                .param("urgent", c.urgent())
                .param("leerling", c.leerling())
                .param("gevraagd", c.leerlingGevraagd())
                .param("nu", Timestamp.from(nu))
                .update();
    }

    Optional<Concept> concept(String id, Kanaal kanaal, String userId, Instant geldigVanaf) {
        return jdbc.sql("""
                        select * from signaal_concept
                        where id = :id and kanaal = :kanaal and user_id = :user and bijgewerkt_op >= :vanaf""")
                .param("id", id)
                .param("kanaal", kanaal.name())
                .param("user", userId)
                .param("vanaf", Timestamp.from(geldigVanaf))
                .query(SignaalOpslag::concept)
                .optional();
    }

    /** The user's newest draft at a step that asks something (it reads what they type next). */
    Optional<Concept> wachtOpTekst(Kanaal kanaal, String userId, Instant geldigVanaf) {
        return jdbc
                .sql("""
                        select * from signaal_concept
                        where kanaal = :kanaal and user_id = :user and bijgewerkt_op >= :vanaf
                            and stap in (:stappen)
                        order by bijgewerkt_op desc""")
                .param("stappen", WACHTENDE_STAPPEN)
                .param("kanaal", kanaal.name())
                .param("user", userId)
                .param("vanaf", Timestamp.from(geldigVanaf))
                .query(SignaalOpslag::concept)
                .list()
                .stream()
                .findFirst();
    }

    /** Other drafts of the user stop reading typed text once one asks something. */
    void parkeerAndere(String id, Kanaal kanaal, String userId) {
        jdbc.sql("""
                        update signaal_concept set stap = 'VOORSTEL'
                        where kanaal = :kanaal and user_id = :user and id <> :id and stap in (:stappen)""")
                .param("stappen", WACHTENDE_STAPPEN)
                .param("kanaal", kanaal.name())
                .param("user", userId)
                .param("id", id)
                .update();
    }

    void verwijderConcept(String id) {
        jdbc.sql("delete from signaal_concept where id = :id").param("id", id).update();
    }

    int verwijderConceptenVoor(Instant grens) {
        return jdbc.sql("delete from signaal_concept where bijgewerkt_op < :grens")
                .param("grens", Timestamp.from(grens))
                .update();
    }

    /** Inbox sessions and used sign-in links past their end: e-mail addresses are not kept longer. */
    int verwijderVerlopenInboxSessies(Instant nu) {
        jdbc.sql("delete from inbox_link_gebruikt where verloopt_op < :nu")
                .param("nu", Timestamp.from(nu))
                .update();
        return jdbc.sql("delete from inbox_sessie where verloopt_op < :nu")
                .param("nu", Timestamp.from(nu))
                .update();
    }

    // ---- sealed proposals (V60): ciphertext only, the key is on the button

    void nieuwVoorstel(String id, String inhoud, Instant nu) {
        jdbc.sql("insert into signaal_voorstel (id, inhoud, aangemaakt_op) values (:id, :inhoud, :nu)")
                .param("id", id)
                .param("inhoud", inhoud)
                .param("nu", Timestamp.from(nu))
                .update();
    }

    Optional<String> voorstel(String id, Instant geldigVanaf) {
        return jdbc.sql("select inhoud from signaal_voorstel where id = :id and aangemaakt_op >= :vanaf")
                .param("id", id)
                .param("vanaf", Timestamp.from(geldigVanaf))
                .query(String.class)
                .optional();
    }

    /** True when this call deleted it (a concurrent press of the same button finds it gone). */
    boolean verwijderVoorstel(String id) {
        return jdbc.sql("delete from signaal_voorstel where id = :id")
                        .param("id", id)
                        .update()
                == 1;
    }

    int verwijderVoorstellenVoor(Instant grens) {
        return jdbc.sql("delete from signaal_voorstel where aangemaakt_op < :grens")
                .param("grens", Timestamp.from(grens))
                .update();
    }

    private static Concept concept(ResultSet rs, int n) throws SQLException {
        boolean urgentWaarde = rs.getBoolean("urgent");
        Boolean urgent = rs.wasNull() ? null : urgentWaarde;
        return new Concept(
                rs.getString("id"),
                Kanaal.valueOf(rs.getString("kanaal")),
                rs.getString("user_id"),
                Concept.Stap.valueOf(rs.getString("stap")),
                rs.getString("beschrijving"),
                rs.getBoolean("beschrijving_ok"),
                rs.getString("locatie_id"),
                rs.getString("knelpunt_id"),
                urgent,
                rs.getString("leerling"),
                rs.getBoolean("leerling_gevraagd"),
                rs.getTimestamp("aangemaakt_op").toInstant());
    }

    // ---- signals

    long maak(Concept c, String referentie, String melderNaam, Instant nu) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into signaal (referentie, idempotentie, locatie_id, knelpunt_id, urgent, beschrijving,
                            leerling, melder_kanaal, melder_id, melder_naam, status, aangemaakt_op, escalatie_niveau)
                        values (:ref, :sleutel, :locatie, :knelpunt, :urgent, :beschrijving, :leerling, :kanaal, :melder,
                            :naam, 'NIEUW', :nu, 0)""")
                .param("ref", referentie)
                .param("sleutel", c.id())
                .param("locatie", c.locatieId())
                .param("knelpunt", c.knelpuntId())
                .param("urgent", Boolean.TRUE.equals(c.urgent()))
                .param("beschrijving", c.beschrijving())
                .param("leerling", c.leerling())
                .param("kanaal", c.kanaal().name())
                .param("melder", c.userId())
                .param("naam", Concept.kort(melderNaam, 200))
                .param("nu", Timestamp.from(nu))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Signaal> signaal(long id) {
        return jdbc.sql("select " + SIGNAAL_KOLOMMEN + " from signaal where id = :id")
                .param("id", id)
                .query(SignaalOpslag::signaal)
                .optional();
    }

    Optional<Signaal> signaal(String referentie) {
        return jdbc.sql("select " + SIGNAAL_KOLOMMEN + " from signaal where referentie = :ref")
                .param("ref", referentie)
                .query(SignaalOpslag::signaal)
                .optional();
    }

    Optional<Signaal> signaalMetSleutel(String sleutel) {
        return jdbc.sql("select " + SIGNAAL_KOLOMMEN + " from signaal where idempotentie = :sleutel")
                .param("sleutel", sleutel)
                .query(SignaalOpslag::signaal)
                .optional();
    }

    List<Signaal> vanMelder(Kanaal kanaal, String userId) {
        return jdbc.sql(
                        "select " + SIGNAAL_KOLOMMEN
                                + " from signaal where melder_kanaal = :kanaal and melder_id = :user order by aangemaakt_op desc")
                .param("kanaal", kanaal.name())
                .param("user", userId)
                .query(SignaalOpslag::signaal)
                .list();
    }

    List<Signaal> openVanLocaties(List<String> locaties) {
        if (locaties.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + SIGNAAL_KOLOMMEN
                        + " from signaal where locatie_id in (:locaties) and status <> 'AFGEHANDELD'"
                        + " order by aangemaakt_op desc")
                .param("locaties", locaties)
                .query(SignaalOpslag::signaal)
                .list();
    }

    /** Open signals escalated at least to the given level. */
    List<Signaal> openVanafNiveau(int niveau) {
        return jdbc.sql("select " + SIGNAAL_KOLOMMEN
                        + " from signaal where status <> 'AFGEHANDELD' and escalatie_niveau >= :niveau"
                        + " order by aangemaakt_op desc")
                .param("niveau", niveau)
                .query(SignaalOpslag::signaal)
                .list();
    }

    /** How many open signals there are per locatie, status and escalation level: no text is read. */
    record OpenAantal(String locatieId, Status status, int escalatieNiveau, long aantal) {}

    List<OpenAantal> openAantallen() {
        return jdbc.sql("""
                        select locatie_id, status, escalatie_niveau, count(*) as aantal from signaal
                        where status <> 'AFGEHANDELD' group by locatie_id, status, escalatie_niveau""")
                .query((rs, n) -> new OpenAantal(
                        rs.getString("locatie_id"),
                        Status.valueOf(rs.getString("status")),
                        rs.getInt("escalatie_niveau"),
                        rs.getLong("aantal")))
                .list();
    }

    /** Picks the signal up when nobody did yet; false when someone was first. */
    boolean pakOp(long id, String door, Instant nu) {
        return jdbc.sql("""
                        update signaal set status = 'OPGEPAKT', opgepakt_op = :nu, opgepakt_door = :door
                        where id = :id and status = 'NIEUW'""")
                        .param("id", id)
                        .param("nu", Timestamp.from(nu))
                        .param("door", door)
                        .update()
                == 1;
    }

    boolean handelAf(long id, Instant nu) {
        return jdbc.sql("""
                        update signaal set status = 'AFGEHANDELD', afgesloten_op = :nu
                        where id = :id and status = 'OPGEPAKT'""").param("id", id).param("nu", Timestamp.from(nu)).update() == 1;
    }

    /** Raises the escalation level by one, only from the expected level and while nobody picked it up. */
    boolean escaleer(long id, int vanNiveau) {
        return jdbc.sql("""
                        update signaal set escalatie_niveau = :naar
                        where id = :id and escalatie_niveau = :van and status = 'NIEUW'""")
                        .param("id", id)
                        .param("van", vanNiveau)
                        .param("naar", vanNiveau + 1)
                        .update()
                == 1;
    }

    /** Signals picked up before the limit and never marked handled: closed at pick-up + the period. */
    List<Signaal> opgepaktVoor(Instant grens) {
        return jdbc.sql("select " + SIGNAAL_KOLOMMEN
                        + " from signaal where status = 'OPGEPAKT' and opgepakt_op < :grens")
                .param("grens", Timestamp.from(grens))
                .query(SignaalOpslag::signaal)
                .list();
    }

    void sluitAutomatisch(long id, Instant afgesloten) {
        jdbc.sql(
                        "update signaal set status = 'AFGEHANDELD', afgesloten_op = :op where id = :id and status = 'OPGEPAKT'")
                .param("id", id)
                .param("op", Timestamp.from(afgesloten))
                .update();
    }

    List<Signaal> afgeslotenVoor(Instant grens) {
        return jdbc.sql("select " + SIGNAAL_KOLOMMEN
                        + " from signaal where status = 'AFGEHANDELD' and afgesloten_op < :grens")
                .param("grens", Timestamp.from(grens))
                .query(SignaalOpslag::signaal)
                .list();
    }

    void verwijder(long id) {
        jdbc.sql("delete from signaal where id = :id").param("id", id).update();
    }

    private static Signaal signaal(ResultSet rs, int n) throws SQLException {
        return new Signaal(
                rs.getLong("id"),
                rs.getString("referentie"),
                rs.getString("locatie_id"),
                rs.getString("knelpunt_id"),
                rs.getBoolean("urgent"),
                rs.getString("beschrijving"),
                rs.getString("leerling"),
                Kanaal.valueOf(rs.getString("melder_kanaal")),
                rs.getString("melder_id"),
                rs.getString("melder_naam"),
                Status.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("aangemaakt_op")),
                rs.getInt("escalatie_niveau"),
                instant(rs.getTimestamp("opgepakt_op")),
                rs.getString("opgepakt_door"),
                instant(rs.getTimestamp("afgesloten_op")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    // ---- audit, notices, counts

    void audit(long signaalId, String actie, String actor, String detail, Instant nu) {
        jdbc.sql("""
                        insert into signaal_audit (signaal_id, actie, actor, detail, op)
                        values (:id, :actie, :actor, :detail, :nu)""")
                .param("id", signaalId)
                .param("actie", actie)
                .param("actor", actor)
                .param("detail", detail)
                .param("nu", Timestamp.from(nu))
                .update();
    }

    void bericht(Kanaal kanaal, String userId, String tekst, Instant nu) {
        jdbc.sql("""
                        insert into signaal_bericht (kanaal, user_id, tekst, aangemaakt_op, gelezen)
                        values (:kanaal, :user, :tekst, :nu, false)""")
                .param("kanaal", kanaal.name())
                .param("user", userId)
                .param("tekst", tekst)
                .param("nu", Timestamp.from(nu))
                .update();
    }

    /** The user's unread notices, oldest first, marked read. */
    List<String> leesBerichten(Kanaal kanaal, String userId) {
        List<Object[]> rijen = jdbc.sql("""
                        select id, tekst from signaal_bericht
                        where kanaal = :kanaal and user_id = :user and gelezen = false order by id""")
                .param("kanaal", kanaal.name())
                .param("user", userId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
        List<String> teksten = new java.util.ArrayList<>();
        for (Object[] rij : rijen) {
            int gemarkeerd = jdbc.sql("update signaal_bericht set gelezen = true where id = :id and gelezen = false")
                    .param("id", rij[0])
                    .update();
            if (gemarkeerd == 1) {
                teksten.add((String) rij[1]);
            }
        }
        return teksten;
    }

    void telling(String locatieId, String knelpuntId, boolean urgent, String week, Integer minuten, int niveau) {
        jdbc.sql("""
                        insert into signaal_telling (locatie_id, knelpunt_id, urgent, week, minuten_tot_oppakken,
                            escalatie_niveau)
                        values (:locatie, :knelpunt, :urgent, :week, :minuten, :niveau)""")
                .param("locatie", locatieId)
                .param("knelpunt", knelpuntId)
                .param("urgent", urgent)
                .param("week", week)
                .param("minuten", minuten)
                .param("niveau", niveau)
                .update();
    }
}
