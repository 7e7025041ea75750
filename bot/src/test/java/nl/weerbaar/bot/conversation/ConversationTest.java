package nl.weerbaar.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.weerbaar.bot.BotTest;
import nl.weerbaar.bot.catalog.CatalogService;
import nl.weerbaar.bot.reply.Actie;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord;
import nl.weerbaar.bot.reply.Antwoord.AanspreekpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.HerkendOp;
import nl.weerbaar.bot.reply.Antwoord.KnelpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.Knop;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.Antwoord.Overzicht;
import nl.weerbaar.bot.reply.Antwoord.Soort;
import nl.weerbaar.bot.reply.Antwoord.Tekst;
import nl.weerbaar.bot.reply.Antwoord.TrainingRegel;
import nl.weerbaar.bot.reply.Antwoord.TrainingenDeel;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.catalog.Kanaal;
import nl.weerbaar.search.Decision;
import nl.weerbaar.search.Recognition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class ConversationTest extends BotTest {

    record Expected(String text, String knelpunt, String thema, List<String> interventies, List<String> trainingen) {}

    static Stream<Expected> expectedAnswers() throws IOException {
        try (InputStream in = ConversationTest.class.getResourceAsStream("/conversation/expected-answers.json")) {
            return JsonMapper.builder().build().readValue(in, new TypeReference<List<Expected>>() {}).stream();
        }
    }

    @Autowired
    Gesprek gesprek;

    @Autowired
    CatalogService catalogs;

    @Autowired
    OnbeantwoordeVragen onbeantwoord;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry metrics;

    private final String user = "test-" + UUID.randomUUID();

    private Antwoord typ(String locatie, String tekst) {
        return gesprek.beantwoord(Bericht.tekst(Afzender.web(user), locatie, tekst));
    }

    private Antwoord druk(Knop knop) {
        return gesprek.beantwoord(Bericht.actie(Afzender.web(user), null, knop.actie()));
    }

    static <T extends Onderdeel> List<T> delen(Antwoord antwoord, Class<T> type) {
        return antwoord.onderdelen().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    static <T extends Onderdeel> T deel(Antwoord antwoord, Class<T> type) {
        List<T> delen = delen(antwoord, type);
        assertEquals(1, delen.size(), () -> "one " + type.getSimpleName() + " in " + antwoord);
        return delen.get(0);
    }

    static Knop knop(Antwoord antwoord, String label) {
        return delen(antwoord, Knoppen.class).stream()
                .flatMap(k -> k.knoppen().stream())
                .filter(k -> k.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + label + "' in " + antwoord));
    }

    @ParameterizedTest
    @MethodSource("expectedAnswers")
    void eachKnelpuntIsAnsweredWithItsExactInterventiesAndLostOpTrainingen(Expected expected) {
        Antwoord antwoord = typ("de-linde", expected.text());

        KnelpuntDeel knelpunt = deel(antwoord, KnelpuntDeel.class);
        assertEquals(expected.knelpunt(), knelpunt.id());
        assertEquals(expected.thema(), knelpunt.thema());
        assertEquals(expected.interventies(), knelpunt.interventies());
        List<String> trainingen = delen(antwoord, TrainingenDeel.class).stream()
                .flatMap(t -> t.trainingen().stream())
                .map(TrainingRegel::naam)
                .toList();
        assertEquals(expected.trainingen(), trainingen);
        assertFalse(deel(antwoord, HerkendOp.class).woorden().isEmpty());
        assertEquals(
                List.of("Dit helpt", "Niet wat ik zoek", "Andere knelpunten"),
                deel(antwoord, Knoppen.class).knoppen().stream()
                        .map(Knop::label)
                        .toList());
    }

    @ParameterizedTest
    @MethodSource("expectedAnswers")
    void choosingAKnelpuntFromTheOverviewGivesTheSameFullAnswer(Expected expected) {
        Antwoord overzicht = typ("de-linde", "thema's");
        Knop keuze = deel(overzicht, Overzicht.class).themas().stream()
                .flatMap(t -> t.knelpunten().stream())
                .filter(k -> expected.knelpunt().equals(k.actie().waarde("knelpunt")))
                .findFirst()
                .orElseThrow();

        Antwoord antwoord = druk(keuze);

        assertEquals(expected.interventies(), deel(antwoord, KnelpuntDeel.class).interventies());
        assertEquals("Sanne de Vries", deel(antwoord, AanspreekpuntDeel.class).naam());
    }

    @Test
    void aTeacherSeesTrainingenForSchoolleidingAndGemeenteNamedWithWhomTheyAreFor() {
        Antwoord antwoord = typ("de-linde", "We hebben nauwelijks contact met de wijkagent.");

        List<TrainingRegel> trainingen = deel(antwoord, TrainingenDeel.class).trainingen();
        assertEquals(
                List.of(
                        "Voor je schoolleiding: Vervoltraining Visie, Beleid & Interventie",
                        "Voor je gemeente: Regie op Schoolveiligheid (voor gemeenten)"),
                trainingen.stream().map(TrainingRegel::naam).toList());
        assertEquals("gemeenten", trainingen.get(1).doelgroep());
        assertEquals("Voor ketensamenwerking en beleidsregie", trainingen.get(1).voor());
        assertEquals(
                "teamleiders, zorgcoördinatoren en beleidsmakers",
                trainingen.get(0).doelgroep());
        Antwoord basis = typ("de-linde", "Collega's durven het niet aan te kaarten als ze iets vermoeden");
        TrainingRegel voorLeraren =
                deel(basis, TrainingenDeel.class).trainingen().get(0);
        assertEquals("Basistraining Schoolveiligheid & Ondermijning", voorLeraren.naam());
        assertNull(voorLeraren.doelgroep());
    }

    @Test
    void aTeamleiderWhomTheDirectoryGivesFunctieSchoolleidingSeesTheirTrainingFirstAndTheTeachersOneLabelled() {
        // Karin Mulder: functie schoolleiding in the bundled organisatie.yaml
        Afzender karin = new Afzender(Kanaal.SLACK, "U0LINDE11", "Karin Mulder", null, null, null);

        Antwoord wijkagent =
                gesprek.beantwoord(Bericht.tekst(karin, null, "We hebben nauwelijks contact met de wijkagent."));
        Antwoord alle = gesprek.beantwoord(Bericht.tekst(karin, null, "Welke trainingen zijn er?"));

        assertEquals(
                List.of(
                        "Vervoltraining Visie, Beleid & Interventie",
                        "Voor je gemeente: Regie op Schoolveiligheid (voor gemeenten)"),
                deel(wijkagent, TrainingenDeel.class).trainingen().stream()
                        .map(TrainingRegel::naam)
                        .toList());
        assertEquals(
                List.of(
                        "Vervoltraining Visie, Beleid & Interventie",
                        "Voor leraren: Basistraining Schoolveiligheid & Ondermijning",
                        "Voor je gemeente: Regie op Schoolveiligheid (voor gemeenten)"),
                deel(alle, TrainingenDeel.class).trainingen().stream()
                        .map(TrainingRegel::naam)
                        .toList());
    }

    @Test
    void aanspreekpuntFollowsTheChosenLocatie() {
        AanspreekpuntDeel linde =
                deel(typ("de-linde", "We hebben nauwelijks contact met de wijkagent."), AanspreekpuntDeel.class);
        AanspreekpuntDeel baken =
                deel(typ("het-baken", "We hebben nauwelijks contact met de wijkagent."), AanspreekpuntDeel.class);

        assertEquals(
                List.of(
                        "Locatie De Linde",
                        "Sanne de Vries",
                        "veiligheidscoördinator",
                        "s.devries@voorbeeldcollege.example",
                        "010 000 0101",
                        "Ahmed El Amrani"),
                List.of(
                        linde.locatie(),
                        linde.naam(),
                        linde.rol(),
                        linde.email(),
                        linde.telefoon(),
                        linde.backupNaam()));
        assertEquals("Marieke Jansen", baken.naam());
        assertEquals("Locatie Het Baken", baken.locatie());
    }

    @Test
    void unknownLocatieAnswersAtOnceAsksWhichLocatieAndRemembersTheChoice() {
        Antwoord antwoord = typ(null, "We hebben nauwelijks contact met de wijkagent.");

        assertEquals(
                "bekwaamheid-ketenpartners", deel(antwoord, KnelpuntDeel.class).id());
        assertTrue(delen(antwoord, AanspreekpuntDeel.class).isEmpty());
        Knoppen vraag = delen(antwoord, Knoppen.class).stream()
                .filter(k -> "Op welke locatie werk je?".equals(k.vraag()))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("Locatie De Linde", "Locatie Het Baken"),
                vraag.knoppen().stream().map(Knop::label).toList());

        Antwoord gekozen = druk(vraag.knoppen().get(1));

        assertEquals(
                "Je locatie is nu Locatie Het Baken. Dat onthoud ik.",
                deel(gekozen, Tekst.class).tekst());
        assertEquals("Marieke Jansen", deel(gekozen, AanspreekpuntDeel.class).naam());
        assertEquals(
                "het-baken",
                jdbc.sql("select locatie_id from gebruiker_locatie where kanaal = 'WEB' and user_id = :u")
                        .param("u", user)
                        .query(String.class)
                        .single());
        assertEquals(
                "Marieke Jansen",
                deel(typ(null, "wie is mijn aanspreekpunt"), AanspreekpuntDeel.class)
                        .naam());
    }

    @Test
    void signalButtonCarriesTheTeachersWordsSafelyThroughTheFlowAndADoubleClickSendsOnce() {
        String tekst = "Een leerling uit mijn klas heeft ineens drie telefoons en veel contant geld.";
        Antwoord antwoord = typ("de-linde", tekst);

        assertInstanceOf(KnelpuntDeel.class, antwoord.onderdelen().get(0));
        Knop doorgeven = knop(antwoord, "Signaal doorgeven");
        assertFalse(doorgeven.actie().waarden().toString().contains("telefoons"), "the button carries an id, not text");
        Antwoord controle = druk(doorgeven);

        assertEquals(
                new Tekst(Soort.WAARSCHUWING, "Bij acuut gevaar: bel 112."),
                controle.onderdelen().get(0));
        assertTrue(delen(controle, Tekst.class).stream()
                .anyMatch(t -> t.tekst().equals("Dit geef ik door als beschrijving: \"" + tekst + "\"")));
        Antwoord urgentie = druk(knop(controle, "Zo doorgeven"));
        Antwoord leerling = druk(knop(urgentie, "Nee"));
        Antwoord samenvatting = druk(knop(leerling, "Overslaan"));

        assertTrue(delen(samenvatting, Tekst.class).stream()
                .anyMatch(t -> t.tekst()
                        .startsWith("Dit signaal gaat naar Sanne de Vries (aanspreekpunt) en Ahmed El"
                                + " Amrani (backup), en naar de beheerders bij escalatie")));
        Knop versturen = knop(samenvatting, "Versturen");
        Antwoord verstuurd = druk(versturen);
        Antwoord nogEens = druk(versturen);

        String bevestiging = delen(verstuurd, Tekst.class).get(1).tekst();
        assertTrue(bevestiging.matches("Doorgegeven aan Sanne de Vries\\. Referentie S-[A-Z0-9]{6}\\."), bevestiging);
        assertEquals(bevestiging, delen(nogEens, Tekst.class).get(1).tekst(), "a double click sends one signal");
        assertEquals(
                1,
                jdbc.sql("select count(*) from signaal where melder_id = :u")
                        .param("u", user)
                        .query(Integer.class)
                        .single());
    }

    @Test
    void unsureTextAsksBedoelJeAndAChoiceGivesTheFullAnswer() {
        String tekst = "Niemand durft het erover te hebben en we weten niet bij wie we signalen kwijt kunnen.";
        Recognition herkend = catalogs.snapshot().orElseThrow().recognizer().recognize(tekst);
        assertEquals(Decision.ASK, herkend.decision(), "this sentence is meant to be ambiguous");

        Antwoord antwoord = typ("de-linde", tekst);

        Knoppen bedoelJe = deel(antwoord, Knoppen.class);
        assertEquals("Bedoel je een van deze knelpunten?", bedoelJe.vraag());
        List<String> ids =
                herkend.knelpunten().stream().map(m -> m.knelpuntId()).toList();
        assertEquals(
                ids,
                bedoelJe.knoppen().stream()
                        .limit(ids.size())
                        .map(k -> k.actie().waarde("knelpunt"))
                        .toList());
        assertTrue(ids.size() <= 3);
        assertEquals(
                "Geen van deze",
                bedoelJe.knoppen().get(bedoelJe.knoppen().size() - 1).label());
        assertTrue(delen(antwoord, KnelpuntDeel.class).isEmpty());

        Antwoord gekozen = druk(bedoelJe.knoppen().get(0));

        assertEquals(ids.get(0), deel(gekozen, KnelpuntDeel.class).id());
        assertEquals(3, deel(gekozen, KnelpuntDeel.class).interventies().size());
    }

    @Test
    void outOfScopeSaysSoOffersTheThemasAndKeepsTheQuestionForAdmins() {
        // letters only: a digit in the marker could look like a class or a phone number and be stripped
        String vraag = "Hoe laat gaat de school morgen uit? "
                + UUID.randomUUID().toString().replaceAll("[^a-f]", "");

        Antwoord antwoord = typ("de-linde", vraag);

        assertTrue(antwoord.onderdelen().get(0) instanceof Tekst t
                && t.tekst().startsWith("Dat kan ik niet goed plaatsen"));
        Overzicht overzicht = deel(antwoord, Overzicht.class);
        assertEquals(
                List.of("Bewustwording", "Bereidheid", "Bekwaamheid"),
                overzicht.themas().stream().map(t -> t.naam()).toList());
        assertEquals(
                7,
                overzicht.themas().stream().mapToInt(t -> t.knelpunten().size()).sum());
        assertEquals("Sanne de Vries", deel(antwoord, AanspreekpuntDeel.class).naam());
        assertTrue(delen(antwoord, KnelpuntDeel.class).isEmpty());
        assertEquals(
                1,
                jdbc.sql("select count(*) from onbeantwoorde_vraag where tekst = :t")
                        .param("t", vraag)
                        .query(Integer.class)
                        .single());
    }

    @Test
    void unansweredQuestionsAreDeletedAfterTheRetentionPeriod() {
        String oud = "oude vraag " + user;
        String recent = "recente vraag " + user;
        insertOnbeantwoord(oud, Instant.now().minus(31, ChronoUnit.DAYS));
        insertOnbeantwoord(recent, Instant.now().minus(29, ChronoUnit.DAYS));

        assertTrue(onbeantwoord.verwijderVerlopen() >= 1);

        assertEquals(
                List.of(recent),
                jdbc.sql("select tekst from onbeantwoorde_vraag where tekst like :t")
                        .param("t", "%" + user)
                        .query(String.class)
                        .list());
    }

    private void insertOnbeantwoord(String tekst, Instant op) {
        jdbc.sql("insert into onbeantwoorde_vraag (tekst, kanaal, gesteld_op) values (:t, 'WEB', :op)")
                .param("t", tekst)
                .param("op", Timestamp.from(op))
                .update();
    }

    @Test
    void feedbackIsStoredWithKnelpuntAndConfidenceButNoText() {
        Antwoord antwoord = typ("het-baken", "We hebben nauwelijks contact met de wijkagent.");
        int voor =
                jdbc.sql("select count(*) from feedback").query(Integer.class).single();

        Antwoord reactie = druk(knop(antwoord, "Dit helpt"));
        druk(knop(antwoord, "Niet wat ik zoek"));

        assertEquals(
                "Fijn dat het helpt. Dank je voor je reactie!",
                deel(reactie, Tekst.class).tekst());
        var rijen = jdbc.sql("select knelpunt_id, helpt, confidence, kanaal from feedback order by id desc")
                .query((rs, i) -> List.of(rs.getString(1), rs.getBoolean(2), rs.getDouble(3), rs.getString(4)))
                .list();
        assertEquals(voor + 2, rijen.size());
        assertEquals("bekwaamheid-ketenpartners", rijen.get(0).get(0));
        assertEquals(false, rijen.get(0).get(1));
        assertEquals(true, rijen.get(1).get(1));
        double confidence = (Double) rijen.get(0).get(2);
        assertTrue(confidence > 0 && confidence <= 1, "confidence " + confidence);
    }

    @Test
    void greetingAndThanksAreAnsweredFromInformatieYamlAndHelpAsACommand() {
        assertEquals(
                "Hallo! Beschrijf in je eigen woorden wat je tegenkomt, dan zoek ik het knelpunt, de interventies en"
                        + " je aanspreekpunt erbij.",
                deel(typ(null, "Goedemorgen!"), Tekst.class).tekst());
        assertEquals(
                "Graag gedaan! Je kunt altijd een nieuwe vraag stellen.",
                deel(typ(null, "Bedankt voor je hulp!"), Tekst.class).tekst());
        Antwoord help = typ(null, "help");
        assertTrue(delen(help, Tekst.class).stream().anyMatch(t -> t.tekst().contains("'wie is mijn aanspreekpunt'")));
    }

    @Test
    void trainingenCommandListsAllThreeTrainingenTheTeachersOneFirst() {
        Antwoord antwoord = typ(null, "Welke trainingen zijn er?");

        assertEquals(
                List.of(
                        "Basistraining Schoolveiligheid & Ondermijning",
                        "Voor je schoolleiding: Vervoltraining Visie, Beleid & Interventie",
                        "Voor je gemeente: Regie op Schoolveiligheid (voor gemeenten)"),
                deel(antwoord, TrainingenDeel.class).trainingen().stream()
                        .map(TrainingRegel::naam)
                        .toList());
    }

    @Test
    void mijnLocatieShowsTheLocatieAndOffersToChangeIt() {
        Antwoord onbekend = typ(null, "mijn locatie");
        assertEquals("Op welke locatie werk je?", deel(onbekend, Knoppen.class).vraag());

        Antwoord bekend = typ("de-linde", "mijn locatie");

        assertEquals(
                "Je locatie is Locatie De Linde.", deel(bekend, Tekst.class).tekst());
        assertEquals(
                "Wil je een andere locatie kiezen?", deel(bekend, Knoppen.class).vraag());
    }

    @Test
    void directoryLocatieOfAKnownSlackUserNeedsNoQuestion() {
        Antwoord antwoord = gesprek.beantwoord(Bericht.tekst(
                new Afzender(nl.weerbaar.catalog.Kanaal.SLACK, "U0LINDE10", "Lotte", null, "T1", "D1"),
                null,
                "wie is mijn aanspreekpunt"));

        assertEquals("Sanne de Vries", deel(antwoord, AanspreekpuntDeel.class).naam());
    }

    @Test
    void channelMappingGivesTheLocatieOfAnUnknownUser() {
        Antwoord antwoord = gesprek.beantwoord(Bericht.tekst(
                new Afzender(nl.weerbaar.catalog.Kanaal.SLACK, "U-onbekend-" + user, null, null, "T1", "C0BAKEN00"),
                null,
                "aanspreekpunt"));

        assertEquals("Marieke Jansen", deel(antwoord, AanspreekpuntDeel.class).naam());
    }

    @Test
    void markupInUserTextNeverComesBackAsMarkup() {
        Antwoord antwoord = typ(
                "de-linde",
                "<script>alert(1)</script> <at>Iedereen</at> *collega's* [durven](http://x) het niet aan te kaarten");

        for (String woord : delen(antwoord, HerkendOp.class).stream()
                .flatMap(h -> h.woorden().stream())
                .toList()) {
            assertFalse(woord.matches(".*[<>*\\[\\]()].*"), woord);
        }
    }

    @Test
    void pressingAnUnknownButtonExplainsInsteadOfFailing() {
        Antwoord antwoord = gesprek.beantwoord(Bericht.actie(Afzender.web(user), null, Actie.of("bestaat-niet")));

        assertEquals(
                "Die knop ken ik niet (meer). Typ je vraag opnieuw of typ 'help'.",
                deel(antwoord, Tekst.class).tekst());
    }

    @Test
    void aSignalStepOfAWebChatUserWhoseSessionCouldNotBeCheckedGetsTheOutageReplyNotExpired() {
        Afzender onbevestigd = Afzender.webOnbevestigd();
        Actie versturen = new Actie(Actie.SIGNAAL_STAP, Map.of("concept", "c-1", "keuze", "versturen"));

        Antwoord stap = gesprek.beantwoord(Bericht.actie(onbevestigd, "de-linde", versturen));
        Antwoord melden = gesprek.beantwoord(Bericht.tekst(onbevestigd, "de-linde", "melden"));

        for (Antwoord antwoord : List.of(stap, melden)) {
            List<Tekst> teksten = delen(antwoord, Tekst.class);
            assertEquals(BEL_112, teksten.get(0));
            assertTrue(teksten.get(1).tekst().contains("Er is niets doorgegeven."), teksten.toString());
            assertTrue(teksten.stream().noneMatch(t -> t.tekst().contains("verlopen")), teksten.toString());
        }
    }

    @Test
    void textTypedInAChannelNeverFillsTheDraftWaitingInThePersonalChat() {
        typ("de-linde", "melden"); // a draft now waits for its description
        String vraag = "We hebben nauwelijks contact met de wijkagent.";

        Antwoord inKanaal = gesprek.beantwoord(
                Bericht.tekst(Afzender.web(user), "de-linde", vraag).gedeeld(true));

        assertEquals(
                "bekwaamheid-ketenpartners", deel(inKanaal, KnelpuntDeel.class).id(), "answered as a question");
        assertEquals(
                0,
                jdbc.sql("select count(*) from signaal_concept where beschrijving = :t")
                        .param("t", vraag)
                        .query(Integer.class)
                        .single(),
                "the channel text is not the draft's description");
    }

    static final Tekst BEL_112 = new Tekst(Soort.WAARSCHUWING, "Bij acuut gevaar: bel 112.");

    @Test
    void welkomGivesThe112AdviceAGreetingByNameAndTheWayToTheKnelpunten() {
        Afzender lotte = new Afzender(nl.weerbaar.catalog.Kanaal.SLACK, "U0LINDE10", "Lotte", null, "T1", null);

        Antwoord welkom = gesprek.welkom(lotte);

        assertEquals(
                List.of(
                        BEL_112,
                        new Tekst(
                                Soort.NORMAAL,
                                "Hoi Lotte! Ik ben Weerbaar. Beschrijf in je eigen woorden waar je tegenaan loopt rond"
                                        + " schoolveiligheid, jeugdcriminaliteit of ondermijning. Ik zoek de passende"
                                        + " interventies, je aanspreekpunt en trainingen erbij. Typ 'help' voor wat ik"
                                        + " nog meer kan."),
                        new Knoppen(null, List.of(new Knop("Bekijk de knelpunten", Actie.of(Actie.OVERZICHT))))),
                welkom.onderdelen());
        assertTrue(
                delen(gesprek.welkom(Afzender.web(user)), Tekst.class)
                        .get(1)
                        .tekst()
                        .startsWith("Hoi! Ik ben Weerbaar."),
                "without a name the greeting names no one");
    }

    @Test
    void thuisShowsTheAanspreekpuntOrTheLocatieQuestionAndTheKnelpuntenPerThema() {
        Afzender lotte = new Afzender(nl.weerbaar.catalog.Kanaal.SLACK, "U0LINDE10", "Lotte", null, "T1", null);
        var catalog = catalogs.current().orElseThrow();

        Antwoord thuis = gesprek.thuis(lotte);

        assertEquals(
                List.of(
                        new AanspreekpuntDeel(
                                "Locatie De Linde",
                                "Sanne de Vries",
                                "veiligheidscoördinator",
                                "s.devries@voorbeeldcollege.example",
                                "010 000 0101",
                                "Ahmed El Amrani"),
                        new Tekst(Soort.NORMAAL, "De knelpunten per thema. Kies er een voor de interventies:"),
                        nl.weerbaar.bot.reply.ReplyParts.overzicht(catalog)),
                thuis.onderdelen());
        assertEquals(catalog.versie(), thuis.catalogusVersie());
        Antwoord onbekend = gesprek.thuis(Afzender.web(user));
        assertEquals("Op welke locatie werk je?", deel(onbekend, Knoppen.class).vraag());
        assertEquals(3, deel(onbekend, Overzicht.class).themas().size());
    }

    @Test
    void helpNamesWhatToTypeAndEndsWithThe112Advice() {
        assertEquals(
                List.of(
                        new Tekst(
                                Soort.NORMAAL,
                                "Beschrijf een situatie of knelpunt in je eigen woorden, bijvoorbeeld: \"Collega's durven"
                                        + " het niet aan te kaarten als ze iets vermoeden.\" Ik antwoord met de"
                                        + " interventies, je aanspreekpunt en de trainingen die erbij passen."),
                        new Tekst(
                                Soort.NORMAAL,
                                "Verder kun je typen: 'wie is mijn aanspreekpunt', 'welke trainingen zijn er', 'mijn"
                                        + " locatie', 'thema's', 'melden' (een signaal doorgeven) of 'mijn meldingen'."),
                        BEL_112),
                gesprek.help().onderdelen());
        assertEquals(gesprek.help().onderdelen(), typ(null, "help").onderdelen(), "typed 'help' says the same");
    }

    @Test
    void queriesLeaveADraftWaitingForItsDescriptionAndAreNotCountedAsMessages() {
        Afzender afzender = Afzender.web(user);
        assertTrue(delen(typ(null, "melden"), Tekst.class).stream()
                .anyMatch(t -> t.tekst().startsWith("Beschrijf kort wat je hebt gezien of gehoord.")));
        double berichten = webMessages();

        gesprek.welkom(afzender);
        gesprek.thuis(afzender);
        gesprek.help();

        assertEquals(berichten, webMessages(), "a query is not a message");
        String beschrijving = "Een leerling heeft ineens drie telefoons en veel contant geld.";
        Antwoord volgende = typ(null, beschrijving);

        assertEquals(
                "Op welke locatie gaat het om?", deel(volgende, Knoppen.class).vraag());
        assertEquals(beschrijving, conceptBeschrijving(), "the draft still waited for its description");
    }

    private String conceptBeschrijving() {
        return jdbc.sql("select beschrijving from signaal_concept where kanaal = 'WEB' and user_id = :u")
                .param("u", user)
                .query(String.class)
                .single();
    }

    private double webMessages() {
        return metrics.get("weerbaar.berichten").tag("kanaal", "web").counter().count();
    }
}
