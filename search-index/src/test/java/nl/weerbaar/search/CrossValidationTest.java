package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Cross-validation over the catalogue's own phrasings: a regression guard set a margin below the
 * figures measured in RECOGNITION.md, so that a change that hurts generalisation fails the build.
 */
class CrossValidationTest {
    @Test
    void heldOutPhrasingsAreMostlyRecognised() {
        EvalReport cv = new Tuning(Fixtures.bundled(), 5, 42).crossValidate();
        assertTrue(cv.top1Rate() >= 0.75, "CV top-1 " + cv.top1Rate());
        assertTrue(cv.top3Rate() >= 0.92, "CV top-3 " + cv.top3Rate());
        assertTrue(cv.wronglyRejectedRate() <= 0.06, "CV wrongly rejected " + cv.wronglyRejectedRate());
    }

    @Test
    void crossValidationIsDeterministicForASeed() {
        var a = new Tuning(Fixtures.bundled(), 3, 7).crossValidate();
        var b = new Tuning(Fixtures.bundled(), 3, 7).crossValidate();
        assertEquals(a, b);
    }
}
