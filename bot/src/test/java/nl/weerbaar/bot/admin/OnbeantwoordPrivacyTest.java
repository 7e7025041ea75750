package nl.weerbaar.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.weerbaar.bot.BeheerTest;
import nl.weerbaar.bot.conversation.Gesprek;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Bericht;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15 item 4, replayed: a teacher's message the bot cannot place is kept for the admins as an
 * unanswered question. One flagged as a signal leaves no row; another is stored stripped of names,
 * classes, phone numbers and e-mail addresses; the admins' list is paged and every read is audited.
 */
class OnbeantwoordPrivacyTest extends BeheerTest {
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Gesprek gesprek;

    @Autowired
    JdbcClient jdbc;

    Antwoord typ(String tekst) {
        return gesprek.beantwoord(Bericht.tekst(Afzender.web("leraar-" + UUID.randomUUID()), "de-linde", tekst));
    }

    static boolean nietGeplaatst(Antwoord a) {
        return a.onderdelen().toString().contains("Dat kan ik niet goed plaatsen");
    }

    long rijenMet(String deel) {
        return jdbc.sql("select count(*) from onbeantwoorde_vraag where tekst like :t")
                .param("t", "%" + deel + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void aMessageFlaggedAsASignalLeavesNoRow() {
        Antwoord a = typ("Ik maak me zorgen om Sanne uit 2b, ze heeft blauwe plekken.");

        assertTrue(nietGeplaatst(a), "the bot could not place it: " + a.onderdelen());
        assertTrue(a.onderdelen().toString().contains("Signaal doorgeven"), "and flagged it as a signal");
        assertEquals(0, rijenMet("blauwe plekken"), "a signal is case data, not a question for the admins");
    }

    @Test
    void anotherMessageIsStoredStrippedOfNameClassPhoneNumberAndEmailAddress() {
        Antwoord a = typ("Mohammed uit klas 4 stuurde me een bericht, bel hem op 06-12345678 of mail jan@example.nl.");

        assertTrue(nietGeplaatst(a), a.onderdelen().toString());
        assertEquals(
                List.of("[naam] uit [klas] stuurde me een bericht, bel hem op [telefoon] of mail [e-mail]."),
                jdbc.sql("select tekst from onbeantwoorde_vraag where tekst like :t")
                        .param("t", "%stuurde me een bericht%")
                        .query(String.class)
                        .list());
        assertEquals(0, rijenMet("Mohammed") + rijenMet("12345678") + rijenMet("example.nl") + rijenMet("klas 4"));
    }

    @Test
    void theAdminsListIsPagedAndEveryReadIsAudited() throws Exception {
        String kenmerk = "paginatest-" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Instant morgen = Instant.now().plus(Duration.ofDays(1)); // newer than anything else: the first pages
        for (int i = 1; i <= 7; i++) {
            jdbc.sql("insert into onbeantwoorde_vraag (tekst, kanaal, gesteld_op) values (:t, 'WEB', :op)")
                    .param("t", kenmerk + " vraag " + i)
                    .param("op", Timestamp.from(morgen.plusSeconds(i)))
                    .update();
        }
        long inzagenVoor = jdbc.sql("select count(*) from onbeantwoord_inzage")
                .query(Long.class)
                .single();
        try {
            JsonNode eerste = JSON.readTree(admin("/admin/onbeantwoord?limit=3").body());
            JsonNode tweede =
                    JSON.readTree(admin("/admin/onbeantwoord?limit=3&offset=3").body());
            JsonNode derde =
                    JSON.readTree(admin("/admin/onbeantwoord?limit=3&offset=6").body());
            JsonNode standaard = JSON.readTree(admin("/admin/onbeantwoord").body());
            JsonNode teVeel =
                    JSON.readTree(admin("/admin/onbeantwoord?limit=100000").body());
            HttpResponse<String> ongeldig = admin("/admin/onbeantwoord?limit=0");

            assertEquals(List.of("vraag 7", "vraag 6", "vraag 5"), teksten(eerste, kenmerk));
            assertEquals(List.of("vraag 4", "vraag 3", "vraag 2"), teksten(tweede, kenmerk));
            assertEquals("vraag 1", teksten(derde, kenmerk).get(0));
            assertTrue(eerste.path("totaal").asLong() >= 7, eerste.toString());
            assertEquals(3, eerste.path("limit").asInt());
            assertEquals(3, tweede.path("offset").asInt());
            assertEquals(50, standaard.path("limit").asInt(), "the default page size");
            assertEquals(200, teVeel.path("limit").asInt(), "the largest page");
            assertEquals(400, ongeldig.statusCode(), ongeldig.body());

            List<String> inzagen = jdbc.sql(
                            "select actor || ' ' || wat || ' ' || vanaf || ' ' || limiet || ' ' || rijen"
                                    + " from onbeantwoord_inzage order by id")
                    .query(String.class)
                    .list();
            assertEquals(inzagenVoor + 5, inzagen.size(), "five reads, five audit rows (not the refused one)");
            assertEquals("admin-api:femke LIJST 0 3 3", inzagen.get((int) inzagenVoor));
            assertEquals("admin-api:femke LIJST 3 3 3", inzagen.get((int) inzagenVoor + 1));
            assertTrue(jdbc.sql("select count(*) from onbeantwoord_inzage where op is null")
                            .query(Long.class)
                            .single()
                    == 0);
        } finally {
            jdbc.sql("delete from onbeantwoorde_vraag where tekst like :t")
                    .param("t", kenmerk + "%")
                    .update();
        }
    }

    static List<String> teksten(JsonNode pagina, String kenmerk) {
        return pagina.path("vragen")
                .valueStream()
                .map(v -> v.path("tekst").asString())
                .filter(t -> t.startsWith(kenmerk))
                .map(t -> t.substring(kenmerk.length() + 1))
                .toList();
    }
}
