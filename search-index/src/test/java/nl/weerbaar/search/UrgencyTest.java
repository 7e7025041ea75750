package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules for {@code urgent} and {@code signal}, replayed with the bundled vocabulary
 * (signalen.yaml) on made-up messages written the way teachers type: tidy, shorthand, Flemish, long.
 */
class UrgencyTest {
    private static final SignalDetector DETECTOR =
            new SignalDetector(Fixtures.bundled().herkenning());

    private static SignalDetector.Flags flags(String text) {
        return DETECTOR.detect(text);
    }

    private static void assertUrgent(String text) {
        var f = flags(text);
        assertTrue(f.urgent(), () -> "urgent: " + DETECTOR.evidence(text));
        assertTrue(f.signal(), "urgent is always a signal");
    }

    private static void assertSignalNotUrgent(String text) {
        var f = flags(text);
        assertTrue(f.signal(), () -> "signal: " + DETECTOR.evidence(text));
        assertFalse(f.urgent(), () -> "not urgent: " + DETECTOR.evidence(text));
    }

    private static void assertNeither(String text) {
        var f = flags(text);
        assertFalse(f.signal(), () -> "no signal: " + DETECTOR.evidence(text));
        assertFalse(f.urgent(), () -> "not urgent: " + DETECTOR.evidence(text));
    }

    @Test
    void aKnifeInSchoolNowIsUrgent() {
        assertUrgent("Er staat nu een jongen met een mes bij de kantine.");
        assertUrgent("Een leerling bedreigt op dit moment een docent met een schroevendraaier.");
    }

    @Test
    void aCompoundOrBrandOrSlangWeaponIsAWeapon() {
        assertUrgent("Een leerling uit 3c heeft een keukenmes in zijn rugzak, hij zit nu bij mij in de les.");
        assertUrgent("lln uit 2b loopt rond met een nepgun, nu in de aula");
        assertUrgent("ik sta bij de kantine, een jongen uit 3vwo zegt dat hij een waffie bij zich heeft");
    }

    @Test
    void aVaguelyDescribedWeaponIsUrgent() {
        assertUrgent("lln uit 4b heeft iets scherps in zn broekband, zit nog in de aula. wat doe ik");
        assertUrgent("Net zag ik een ding in de broekband van een jongen uit 2d. Hij loopt nu naar buiten.");
    }

    @Test
    void aWeaponWithAPupilAndNoTimeIsUrgent() {
        assertUrgent("Een leerling heeft een mes bij zich en dreigt ermee.");
        assertUrgent("Een man met een mes loopt over het schoolplein!");
    }

    @Test
    void aThreatForAfterSchoolOrTomorrowIsUrgent() {
        assertUrgent("Een meisje uit 1a vertelde dat twee jongens haar na het 7e uur bij het fietsenhok gaan"
                + " opwachten.");
        assertUrgent(
                "mn mentorleerling krijgt berichten dat ze hem morgen na school 'gaan pakken'. hij is in" + " paniek");
        assertUrgent("Er komt vanmiddag een groep uit een andere wijk om af te rekenen met een jongen uit 3b.");
    }

    @Test
    void strangersAtTheGateAskingForAPupilAreUrgent() {
        assertUrgent("Er staan twee onbekende mannen bij de poort die naar een leerling uit 2c vragen. Ze willen"
                + " niet weggaan.");
        assertUrgent("help er staan drie gasten met bivakmutsen bij de fietsenstalling die vragen naar een"
                + " brugklasser");
    }

    @Test
    void aPupilForcedToDeliverSomethingTodayIsUrgent() {
        assertUrgent("student van mij moet vandaag na de les een pakketje afleveren voor iemand, anders wordt"
                + " zijn broertje iets aangedaan");
        assertUrgent("Mijn mentorleerling moet vanavond voor zijn 'neef' een rugzak naar het station brengen en"
                + " durft niet te weigeren.");
    }

    @Test
    void violenceNowAndSeriousInjuryAreUrgent() {
        assertUrgent("Er wordt nu een leerling in elkaar geslagen achter de gymzaal, kom snel!!");
        assertUrgent("Een leerling is van de trap gevallen en is bewusteloos, de ambulance is gebeld.");
        assertUrgent("Dringend: op de speelplaats heeft een leerling van het vierde jaar zonet een ander kind"
                + " verwond met een mes.");
    }

    @Test
    void aWeaponConfiscatedEarlierWithThePupilGoneIsASignalNotUrgent() {
        assertSignalNotUrgent("gisteren een boksbeugel ingenomen bij een lln uit 2c, ligt nu in de kluis van de"
                + " tl. moet dit naar de wijkagent?");
        assertSignalNotUrgent("Vorige week heeft de conciërge een vlindermes afgepakt van een jongen uit 3b. Het"
                + " mes ligt bij de directie. Moet ik nog iets doen?");
        assertSignalNotUrgent("Vorige week is er bij een jongen uit 2c een mes in zijn tas gevonden. Hij is"
                + " geschorst en zit thuis. Wat moeten we nu nog regelen?");
    }

    @Test
    void aWeaponOnlineOrAtHomeIsASignalNotUrgent() {
        assertSignalNotUrgent(
                "Twee jongens uit mijn mentorklas posten filmpjes met messen op tiktok. Moet ik" + " daar iets mee?");
        assertSignalNotUrgent(
                "Een leerling uit mijn klas heeft me verteld dat zijn broer een wapen thuis heeft" + " liggen.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Wat is ons protocol bij wapens op school?",
                "Hebben we een stappenplan voor als iemand met een vuurwapen de school binnenkomt?",
                "Mogen we de tassen van leerlingen controleren op messen?",
                "De politie komt morgen een voorlichting geven over wapens. Moet ik de ouders informeren?",
                "mijn collega's praten nooit over messen of wapens, hoe krijg ik dat op de agenda?",
                "kun je me helpen een brief aan ouders te schrijven over messen en vuurwerk?"
            })
    void aGeneralOrPolicyQuestionAboutWeaponsIsNeither(String text) {
        assertNeither(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Stel dat een leerling uit 2a een mes meeneemt, wie bel ik dan?",
                "Wat als er een man met een pistool bij het hek staat?",
                "Wat moet ik doen als een jongen uit mijn klas nu een wapen laat zien?"
            })
    void aHypotheticalIsNeither(String text) {
        assertNeither(text);
    }

    @Test
    void rumoursGeneralQuestionsAndFormerPupilsAreNoSignal() {
        assertNeither("Er gaan geruchten dat er op school gedeald wordt, maar niemand weet door wie.");
        assertNeither("Hoe herken je of een leerling de laatste tijd geld verdient met criminele klusjes?");
        assertNeither("Vorig jaar stond een oud-leerling van ons in de krant: hij had maandenlang pakketjes"
                + " rondgebracht en had steeds dure kleding. Hoe hadden we dat kunnen zien?");
    }

    @Test
    void aConcreteObservationInsideALongStoryIsASignal() {
        assertSignalNotUrgent("Goedemiddag, ik ben docent Nederlands op een vmbo. Ik heb een vraag over een"
                + " leerling uit mijn klas, ik noem hem even J. Hij is altijd een vrolijke jongen geweest, maar"
                + " sinds de herfstvakantie is hij stil en teruggetrokken. Hij zit in de pauze niet meer bij zijn"
                + " vrienden maar staat bij het hek met jongens die ik niet ken. Vorige week zag ik dat hij een"
                + " nieuwe telefoon had, terwijl hij eerder vertelde dat zijn moeder geen geld heeft. Ik wil niet"
                + " meteen alarm slaan, maar ik weet ook niet bij wie ik dit moet neerleggen. Hebben jullie"
                + " advies? Waar moet je op letten?");
    }

    @Test
    void aPupilIsIdentifiedByClassYearOrRelation() {
        assertSignalNotUrgent(
                "Een leerling van het tweede middelbaar wordt elke dag na school door een auto" + " opgehaald.");
        assertSignalNotUrgent("Een studente van niveau 4 vertelde me dat haar vriend haar naaktfoto's doorstuurt.");
        assertSignalNotUrgent("Een jongen in mijn mentorklas heeft sinds kort twee telefoons en dure sneakers.");
        assertNeither("Een leerling lijkt geronseld te worden, wat nu?");
    }

    @Test
    void shorthandIsReadAsWritten() {
        assertSignalNotUrgent(
                "mn mentorleerling spijbelt steeds vaker en hangt rond met oudere jongens bij de" + " snackbar");
        assertSignalNotUrgent("mnr de boer zag een ll uit 1c gisteren bij het park met een zakje pillen");
        assertSignalNotUrgent("student van mij heeft zn pinpas 'verhuurd' voor 150 euro, hoe ga ik hiermee om?");
    }

    static Stream<String> hostile() {
        return Stream.of(
                "",
                "   ",
                "\u0000\u0001\u0007\u001b[2J",
                "*:\"(~ AND mes OR wapen~2 NOT ^ [kluisje] {nu}",
                "مرحبا كيف حالك اليوم شلום",
                "\u202Eevil\u202C\u200B\u200D\uFEFF",
                "\uD83D",
                "🔪🔪🔪 nu!!! 🚨",
                "mes ".repeat(25_000),
                "x".repeat(100_000),
                "... <leerling> *mes =help <getal> <klas>");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void anyInputIsHandledWithoutThrowingAndQuickly(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> DETECTOR.detect(text));
    }

    /** Its speed is measured by the JMH benchmark (recognizeStory), never asserted here. */
    @Test
    void aStoryOfAHundredAndTwentyWordsWithAnObservationIsASignalNotUrgent() {
        String story = "Ik wil iets kwijt over een jongen uit 3b die de laatste tijd heel anders is. Hij komt"
                + " vaak te laat, heeft ineens dure schoenen en een tweede telefoon, en gisteren zag ik hem na"
                + " school bij een auto met oudere jongens staan. Zijn cijfers gaan hard omlaag en hij zegt"
                + " niks als ik ernaar vraag. Een collega vertelde dat hij in de pauze steeds weg is. Ik weet"
                + " niet of het iets is, maar ik maak me zorgen en wil weten wat ik moet doen en bij wie ik dit"
                + " het best kan neerleggen zonder hem meteen te labelen. Hij is pas vijftien en thuis is het"
                + " ook niet makkelijk, zijn moeder werkt nachten. Kun je me helpen?";
        assertSignalNotUrgent(story);
    }
}
