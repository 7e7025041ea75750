package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaar.catalog.Herkenning;
import org.junit.jupiter.api.Test;

/**
 * The flags come from the catalogue's vocabulary only: a tiny test vocabulary drives them here, and
 * shows the phrase syntax (gap, placeholders, compound tail, exact form) and the shorthand rules.
 */
class SignalTest {
    private final SignalDetector detector = new SignalDetector(new Herkenning(
            Map.of(),
            List.of(),
            Map.of("wapens", List.of("mes", "*mes", "mes getrokken"), "geld", List.of("veel geld", "pinpas")),
            List.of("ik zag", "een leerling uit mijn klas"),
            List.of("wat moet ik doen als", "hoe herken"),
            List.of("*mes", "mes getrokken", "bloed", "bewusteloos", "met een mes"),
            List.of("moet ... wegbrengen"),
            List.of("nu", "op dit moment", "er staat", "=help"),
            List.of("vanmiddag", "na het <getal> uur"),
            List.of("gisteren", "in de kluis", "oud-leerling"),
            List.of("tiktok"),
            List.of("protocol"),
            List.of("jongen", "leerling", "leerlingen"),
            List.of("<leerling> uit <klas>", "<leerling> uit mijn klas", "<leerling> van ons"),
            List.of("lln => leerlingen", "zn, z'n => zijn"),
            List.of(),
            List.of(),
            List.of(),
            List.of()));

    @Test
    void aReportedObservationIsASignal() {
        var f = detector.detect("Ik zag dat een jongen veel geld bij zich had.");
        assertTrue(f.signal());
        assertFalse(f.urgent());
    }

    @Test
    void signalVocabularyWithoutAnObservationIsNotASignal() {
        assertFalse(detector.detect("Welke rol speelt veel geld bij jongeren?").signal());
    }

    @Test
    void anIdentifiedPupilWithSignalVocabularyIsASignal() {
        assertTrue(detector.detect("Een jongen uit 2a heeft veel geld.").signal());
        assertFalse(detector.detect("Een jongen heeft veel geld.").signal(), "which jongen?");
    }

    @Test
    void aHypotheticalQuestionIsNeverASignalOrUrgent() {
        var f = detector.detect("Wat moet ik doen als ik zag dat iemand nu een mes heeft?");
        assertFalse(f.signal());
        assertFalse(f.urgent());
    }

    @Test
    void dangerHappeningNowIsUrgentAndThereforeASignal() {
        var f = detector.detect("Er staat NU iemand met een mes bij de deur");
        assertTrue(f.urgent());
        assertTrue(f.signal());
    }

    @Test
    void aMatchSurvivesInflectionAndCase() {
        assertTrue(detector.detect("Hij heeft een MES GETROKKEN!").urgent());
    }

    @Test
    void aSingleUrgencyWordIsNotUrgentOnItsOwn() {
        assertFalse(detector.detect("bloed").urgent());
    }

    @Test
    void aPupilInAcuteDangerIsUrgentWithoutATime() {
        assertTrue(detector.detect("Er ligt een leerling bewusteloos met bloed op zijn hoofd")
                .urgent());
    }

    @Test
    void aStarredWordAlsoMatchesTheLastPartOfACompound() {
        assertTrue(detector.detect("Een jongen uit 2a heeft nu een vlindermes").urgent());
        assertFalse(detector.detect("De dames uit 2a staan nu bij de deur").urgent(), "dames is no compound of mes");
    }

    @Test
    void anExactFormDoesNotMatchOtherFormsOfTheSameStem() {
        assertEquals(Set.of("=help"), detector.evidence("HELP bij de deur").now());
        assertEquals(Set.of(), detector.evidence("kun je me helpen bij de deur").now());
        assertTrue(detector.detect("HELP een man met een mes").urgent());
    }

    @Test
    void placeholdersMatchClassCodesNumbersAndPupilWords() {
        assertTrue(detector.detect("Leerling uit 3hv heeft een pinpas van een ander")
                .signal());
        assertFalse(detector.detect("Leerling uit Utrecht heeft een pinpas van een ander")
                .signal());
        assertTrue(detector.detect("een jongen heeft een mes mee en wil na het 8e uur iets doen")
                .urgent());
    }

    @Test
    void shorthandIsWrittenOutBeforeMatching() {
        assertTrue(detector.detect("lln uit 2b heeft veel geld in zn tas").signal());
    }

    @Test
    void aGapLetsOtherWordsStandBetweenThePartsOfAPhrase() {
        assertTrue(detector.detect("Een jongen uit 1c moet vanmiddag een tas wegbrengen")
                .urgent());
        assertFalse(
                detector.detect("Een jongen uit 1c moet volgende maand een tas wegbrengen")
                        .urgent(),
                "no time");
    }

    @Test
    void theTimeNearestToTheWeaponDecides() {
        var f = detector.detect("gisteren een mes afgepakt van een leerling uit 2a, ligt nu in de kluis");
        assertTrue(f.signal());
        assertFalse(f.urgent());
        assertTrue(detector.detect("de jongen die gisteren zo boos was, staat nu met een mes bij de deur")
                .urgent());
    }

    @Test
    void aWeaponOnlineWithoutATimeIsNotUrgent() {
        var f = detector.detect("Een jongen uit 2a zwaait op tiktok met een mes");
        assertTrue(f.signal());
        assertFalse(f.urgent());
    }

    @Test
    void aPupilReferenceInsideAPastPhraseIdentifiesNoPupilOfNow() {
        assertFalse(detector.detect("Een oud-leerling van ons heeft veel geld").signal());
        assertTrue(detector.detect("Een leerling van ons heeft veel geld").signal());
    }

    @Test
    void aGeneralQuestionWithoutAPupilIsNotUrgent() {
        assertFalse(
                detector.detect("Wat is het protocol bij een man met een mes?").urgent());
    }
}
