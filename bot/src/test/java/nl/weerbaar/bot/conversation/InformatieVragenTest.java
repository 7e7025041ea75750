package nl.weerbaar.bot.conversation;

import static nl.weerbaar.bot.reply.ReplyParts.tekst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import nl.weerbaar.bot.BotTest;
import nl.weerbaar.bot.reply.Afzender;
import nl.weerbaar.bot.reply.Antwoord.AanspreekpuntDeel;
import nl.weerbaar.bot.reply.Antwoord.Knoppen;
import nl.weerbaar.bot.reply.Antwoord.Onderdeel;
import nl.weerbaar.bot.reply.Antwoord.Overzicht;
import nl.weerbaar.bot.reply.Bericht;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.CatalogLoader;
import nl.weerbaar.catalog.Informatievraag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Questions about people, numbers and rules (informatie.yaml) are answered from data: the public
 * numbers, the aanspreekpunt and the backup with how to reach them, the legal frame, greetings,
 * thanks and English. Each reply is checked part by part, exactly as the teacher reads it.
 */
class InformatieVragenTest extends BotTest {

    private static final String VEILIG_THUIS = "Veilig Thuis: 0800-2000. Zorgen over de thuissituatie, mishandeling,"
            + " criminele uitbuiting of een loverboy: via de aandachtsfunctionaris en de Meldcode. Dag en nacht"
            + " bereikbaar; je kunt er ook anoniem om advies vragen.";
    private static final String MELD_MISDAAD_ANONIEM =
            "Meld Misdaad Anoniem: 0800-7000. Een anonieme tip over criminelen.";
    private static final AanspreekpuntDeel SANNE = new AanspreekpuntDeel(
            "Locatie De Linde",
            "Sanne de Vries",
            "veiligheidscoördinator",
            "s.devries@voorbeeldcollege.example",
            "010 000 0101",
            "Ahmed El Amrani");

    private static final Catalog BUNDLED = CatalogLoader.loadBundled().orElseThrow();

    @Autowired
    Gesprek gesprek;

    private final String user = "info-" + UUID.randomUUID();

    private List<Onderdeel> typ(String locatie, String tekst) {
        return gesprek.beantwoord(Bericht.tekst(Afzender.web(user), locatie, tekst))
                .onderdelen();
    }

    @Test
    void phoneNumberOfTheVeiligheidscoordinatorGivesTheAanspreekpuntCardWithPhoneAndEmail() {
        assertEquals(
                List.of(tekst("Je aanspreekpunt bereik je zo:"), SANNE),
                typ("de-linde", "Wat is het telefoonnummer van de veiligheidscoördinator?"));
    }

    @Test
    void anonymousReportingPointsToMeldMisdaadAnoniemAndSaysAWeerbaarSignalIsNotAnonymous() {
        assertEquals(
                List.of(
                        tekst("Ja. Een tip over criminelen geef je anoniem door aan Meld Misdaad Anoniem: je hoeft je"
                                + " naam niet te noemen. Over de thuissituatie van een leerling kun je Veilig Thuis ook"
                                + " anoniem om advies vragen. Een signaal dat je via Weerbaar doorgeeft, is niet"
                                + " anoniem: je aanspreekpunt ziet dat het van jou komt."),
                        tekst(MELD_MISDAAD_ANONIEM),
                        tekst(VEILIG_THUIS)),
                typ("de-linde", "Kan ik anoniem melden?"));
    }

    @Test
    void theWetVrijEnVeiligOnderwijsIsExplainedAsABillFromTheCataloguesLegalFrame() {
        assertEquals(
                List.of(
                        tekst("De Wet vrij en veilig onderwijs is nog een wetsvoorstel, geen wet: op dit moment"
                                + " verandert er niets aan wat je als leraar moet. Komt de wet er, dan merk je vooral"
                                + " dat incidenten verplicht worden geregistreerd (wat je meemaakt, leg je vast zoals"
                                + " je school dat regelt), dat je school een veiligheidscoördinator heeft en dat er"
                                + " vertrouwenspersonen zijn bij wie je terechtkunt."),
                        tekst("Wet Vrij en Veilig Onderwijs: Wetsvoorstel 36 777, in juni 2025 naar de Tweede Kamer"
                                + " gestuurd en nog niet in werking. Het maakt incidentregistratie verplicht, ernstige"
                                + " incidenten (ernstig letsel, elk vuurwapen) moeten aan de Inspectie worden gemeld,"
                                + " elke school krijgt een veiligheidscoördinator, vertrouwenspersonen worden verplicht"
                                + " en het veiligheidsbeleid wordt jaarlijks geëvalueerd.")),
                typ("de-linde", "Wat betekent de Wet vrij en veilig onderwijs voor mij?"));
    }

    @Test
    void aNamedAanspreekpuntWhoIsIllGivesTheirBackupWithRolePhoneAndEmailEvenWithoutALocatie() {
        assertEquals(
                List.of(
                        tekst("Is je aanspreekpunt er niet, dan neemt de backup het over. Bij acuut gevaar wacht je"
                                + " op niemand: bel 112."),
                        tekst("Ahmed El Amrani (zorgcoördinator) neemt het over van Sanne de Vries op Locatie De"
                                + " Linde. Bel 010 000 0102 of mail a.elamrani@voorbeeldcollege.example.")),
                typ(null, "Sanne is ziek, bij wie kan ik terecht?"));
    }

    @Test
    void anAbsentAanspreekpuntWithoutANameGivesTheBackupOfTheAskersLocatie() {
        List<Onderdeel> antwoord = typ(
                "het-baken",
                "Mijn contactpersoon voor veiligheid is deze week op vakantie,"
                        + " wie kan ik in de tussentijd benaderen?");

        assertEquals(
                tekst("Joost Bakker (intern begeleider) neemt het over van Marieke Jansen op Locatie Het Baken."
                        + " Bel 010 000 0202 of mail j.bakker@voorbeeldcollege.example."),
                antwoord.get(1));
        assertEquals(2, antwoord.size(), antwoord::toString);
    }

    @Test
    void whenTheNamedPersonIsTheBackupTheAanspreekpuntTakesOver() {
        List<Onderdeel> antwoord = typ(null, "Joost is vandaag afwezig, wie moet ik nu hebben?");

        assertEquals(
                tekst("Marieke Jansen (teamleider en aanspreekpunt schoolveiligheid) neemt het over van Joost Bakker"
                        + " op Locatie Het Baken. Bel 010 000 0201 of mail m.jansen@voorbeeldcollege.example."),
                antwoord.get(1));
    }

    @Test
    void anAbsentAanspreekpuntOfAnUnknownLocatieAsksWhichLocatie() {
        List<Onderdeel> antwoord = typ(null, "mijn aanspreekpunt neemt al de hele dag niet op, wie anders?");

        Knoppen vraag = assertInstanceOf(Knoppen.class, antwoord.get(1));
        assertEquals("Op welke locatie werk je?", vraag.vraag());
    }

    @Test
    void aQuestionForPublicNumbersListsTheContactsTableAndTheAanspreekpunt() {
        List<Onderdeel> antwoord = typ("de-linde", "Welk nummer bel ik voor Veilig Thuis?");

        assertEquals(
                List.of(
                        tekst("Wie je belt, hangt af van de situatie. Binnen school is je aanspreekpunt het eerste"
                                + " adres; deze nummers zijn voor daarbuiten:"),
                        tekst("Alarmnummer: 112. Acuut gevaar: een wapen op school nu of vandaag, geweld op dit"
                                + " moment, een dreiging voor vandaag of morgen, vreemden aan de deur die naar een"
                                + " leerling vragen, een leerling die vandaag iets moet vervoeren of afleveren, ernstig"
                                + " letsel."),
                        tekst("Politie (wijkagent): 0900-8844. Criminaliteit zonder spoed (een wapen dat eerder is"
                                + " afgepakt of gevonden, dealen dat vorige week is gezien, een dreiging die voorbij"
                                + " is), via de veiligheidscoördinator."),
                        tekst(VEILIG_THUIS),
                        tekst(MELD_MISDAAD_ANONIEM),
                        tekst("Vertrouwensinspecteur (Inspectie van het Onderwijs): 0900-111 3111. Seksueel"
                                + " grensoverschrijdend gedrag door een medewerker: het schoolbestuur moet het meteen"
                                + " weten (wettelijke plicht) en overlegt met de vertrouwensinspecteur."),
                        SANNE),
                antwoord);
    }

    @Test
    void greetingsAndThanksInOtherWordsGetAShortFriendlyAnswer() {
        assertEquals(
                List.of(tekst("Hallo! Beschrijf in je eigen woorden wat je tegenkomt, dan zoek ik het knelpunt, de"
                        + " interventies en je aanspreekpunt erbij.")),
                typ("de-linde", "Goedemorgen allemaal, hoe gaat het hier?"));
        assertEquals(
                List.of(tekst("Graag gedaan! Je kunt altijd een nieuwe vraag stellen.")),
                typ("de-linde", "Heel fijn, dank je wel voor het meedenken!"));
    }

    /**
     * Every phrasing of informatie.yaml's greeting and thanks, typed exactly as written, gets that
     * question's answer from the file: no word list of the bot's own answers them first, and a
     * thanks that is also a short reply at a question step ("nee dank je") is a thanks when no
     * draft asks anything.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("groetenEnBedankjes")
    void everyPhrasingOfTheGreetingAndTheThanksGetsItsAnswerFromInformatieYaml(String vraag, String zin) {
        Informatievraag informatievraag = BUNDLED.informatie().vraag(vraag).orElseThrow();

        assertEquals(List.of(tekst(informatievraag.antwoord())), typ("de-linde", zin));
    }

    static Stream<Arguments> groetenEnBedankjes() {
        return Stream.of("groet", "bedankt")
                .flatMap(id -> BUNDLED.informatie().vraag(id).orElseThrow().voorbeelden().stream()
                        .map(zin -> Arguments.of(id, zin)));
    }

    @Test
    void englishGetsTheDutchNoticeAndTheBestAnswerToTheQuestionItself() {
        List<Onderdeel> antwoord =
                typ("de-linde", "We have no playbook for when we notice signals of exploitation. What should we do?");

        assertEquals(
                tekst("Ik werk in het Nederlands (I work in Dutch). Stel je vraag gerust in het Nederlands, dan help"
                        + " ik je verder."),
                antwoord.get(0));
        assertEquals(tekst("Zo heb ik je vraag begrepen:"), antwoord.get(1));
        assertEquals(tekst("Ik weet niet zeker welk knelpunt je bedoelt."), antwoord.get(2));
        Knoppen bedoelJe = assertInstanceOf(Knoppen.class, antwoord.get(3));
        assertEquals("Bedoel je een van deze knelpunten?", bedoelJe.vraag());
        assertEquals("bekwaamheid-handelen", bedoelJe.knoppen().get(0).actie().waarde("knelpunt"));
    }

    @Test
    void englishWithoutAnAnswerSaysSoHonestlyWithTheDutchNoticeAndTheKnelpuntenToChooseFrom() {
        List<Onderdeel> antwoord = typ("de-linde", "Hi, could you tell me what the weather will be like tomorrow?");

        assertEquals(
                tekst("Dat kan ik niet goed plaatsen bij de knelpunten die ik ken. Kies hieronder het knelpunt dat"
                        + " het meest op jouw situatie lijkt, of neem contact op met je aanspreekpunt."),
                antwoord.get(0));
        assertEquals(
                tekst("Ik werk in het Nederlands (I work in Dutch). Stel je vraag gerust in het Nederlands, dan help"
                        + " ik je verder."),
                antwoord.get(1));
        assertInstanceOf(Overzicht.class, antwoord.get(2));
        assertEquals(SANNE, antwoord.get(3));
    }
}
