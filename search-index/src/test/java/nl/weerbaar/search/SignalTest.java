package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.weerbaar.catalog.Herkenning;
import org.junit.jupiter.api.Test;

/** The flags come from the catalogue's vocabulary only: a tiny test vocabulary drives them here. */
class SignalTest {
    private final SignalDetector detector = new SignalDetector(new Herkenning(
            Map.of(),
            List.of(),
            Map.of("wapens", List.of("mes", "mes getrokken"), "geld", List.of("veel geld")),
            List.of("ik zag", "een leerling uit mijn klas"),
            List.of("wat moet ik doen als", "hoe herken"),
            List.of("mes", "mes getrokken", "bloed", "bewusteloos"),
            List.of(),
            List.of("nu", "op dit moment", "er staat"),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of("jongen", "leerling"),
            List.of("<leerling> uit mijn klas"),
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
    void twoUrgencyPhrasesMakeAPupilInAcuteDangerUrgent() {
        assertTrue(detector.detect("Er ligt een leerling bewusteloos met bloed op zijn hoofd")
                .urgent());
    }
}
