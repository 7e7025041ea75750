package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The build fails when either public dev set falls below the targets of the recognition issue:
 * {@code dev.jsonl} (short, tidy questions) and {@code dev-voices.jsonl} (how teachers really type).
 * Top-1 counts only answers the teacher gets without "don't know". The report is printed in every
 * assertion message so a failure shows all figures.
 */
class DevSetGateTest {
    private static Recognizer recognizer;

    @BeforeAll
    static void build() {
        recognizer = Recognizer.build(Fixtures.bundled());
    }

    private record Measured(EvalReport report, String figures) {}

    private static Measured measure(String set) throws Exception {
        List<EvalCase> cases = Fixtures.evalSet(set);
        EvalReport report = EvalReport.of(
                cases, cases.stream().map(c -> recognizer.recognize(c.text())).toList());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Measured(report, set + "\n" + bytes.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev-voices.jsonl"})
    void devSetHasAllKindsOfUtterances(String set) throws Exception {
        EvalReport r = measure(set).report();
        assertTrue(r.inScope() > 0 && r.outOfScope() > 0 && r.signals() > 0 && r.urgents() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev-voices.jsonl"})
    void topOneAnsweredMeetsTheTarget(String set) throws Exception {
        Measured m = measure(set);
        double target = set.equals("dev.jsonl") ? 0.95 : 0.88;
        assertTrue(m.report().answeredTop1Rate() >= target, m.figures());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev-voices.jsonl"})
    void topThreeIsAtLeastNinetyEightPercent(String set) throws Exception {
        Measured m = measure(set);
        assertTrue(m.report().top3Rate() >= 0.98, m.figures());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev-voices.jsonl"})
    void atLeastNinetyPercentOfOutOfScopeIsRejected(String set) throws Exception {
        Measured m = measure(set);
        assertTrue(m.report().outOfScopeRejectedRate() >= 0.90, m.figures());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev-voices.jsonl"})
    void atMostFivePercentOfInScopeIsWronglyRejected(String set) throws Exception {
        Measured m = measure(set);
        assertTrue(m.report().wronglyRejectedRate() <= 0.05, m.figures());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev-voices.jsonl"})
    void signalRecallIsAtLeastNinetyPercentWithFewFalsePositives(String set) throws Exception {
        Measured m = measure(set);
        assertTrue(m.report().signalRecall() >= 0.90, m.figures());
        assertTrue(m.report().signalFalsePositiveRate() <= 0.05, m.figures());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev-voices.jsonl"})
    void everyUrgentUtteranceIsFlaggedUrgentWithFewFalseAlarms(String set) throws Exception {
        Measured m = measure(set);
        assertTrue(m.report().urgentRecall() == 1.0, m.figures());
        assertTrue(m.report().urgentFalsePositiveRate() <= 0.05, m.figures());
    }
}
