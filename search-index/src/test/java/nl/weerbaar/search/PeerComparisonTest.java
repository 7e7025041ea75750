package nl.weerbaar.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recogniser must beat the standard peer ({@link TfidfSvmPeer}, trained on the same catalogue
 * data) on both public dev sets: on top-1 (right and not "don't know") and on out-of-scope
 * rejected (or reject all of it, which cannot be beaten).
 */
class PeerComparisonTest {
    private static Recognizer recognizer;
    private static TfidfSvmPeer peer;

    @BeforeAll
    static void build() {
        recognizer = Recognizer.build(Fixtures.bundled());
        peer = new TfidfSvmPeer(Fixtures.bundled());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.jsonl", "dev-voices.jsonl"})
    void recognizerBeatsTheTfidfSvmPeerOnTopOneAndOutOfScope(String set) throws Exception {
        List<EvalCase> cases = Fixtures.evalSet(set);
        int inScope = 0, oursRight = 0, peerRight = 0, outOfScope = 0, oursRejected = 0, peerRejected = 0;
        for (EvalCase c : cases) {
            Recognition ours = recognizer.recognize(c.text());
            String theirs = peer.predict(c.text());
            if (c.inScope()) {
                inScope++;
                oursRight += !ours.abstain() && c.accepts(ours.best()) ? 1 : 0;
                peerRight += theirs != null && c.accepts(theirs) ? 1 : 0;
            } else {
                outOfScope++;
                oursRejected += ours.abstain() ? 1 : 0;
                peerRejected += theirs == null ? 1 : 0;
            }
        }
        String figures = String.format(
                Locale.ROOT,
                "%s: top-1 ours %d/%d, peer %d/%d; out of scope rejected ours %d/%d, peer %d/%d",
                set,
                oursRight,
                inScope,
                peerRight,
                inScope,
                oursRejected,
                outOfScope,
                peerRejected,
                outOfScope);
        System.out.println(figures);
        assertTrue(oursRight > peerRight, figures);
        assertTrue(oursRejected > peerRejected || oursRejected == outOfScope, figures);
    }
}
