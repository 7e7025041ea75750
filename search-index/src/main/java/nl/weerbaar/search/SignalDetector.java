package nl.weerbaar.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.weerbaar.catalog.Herkenning;
import org.apache.lucene.analysis.Analyzer;

/**
 * Decides the {@code signal} and {@code urgent} flags from the catalogue's vocabulary (signalen.yaml);
 * no vocabulary lives in Java.
 *
 * <ul>
 *   <li>signal: signal vocabulary is present, the teacher reports what they saw or heard (a
 *       waarneming phrase), and the text is not a hypothetical or general question (no
 *       hypothetisch phrase); or the text is urgent.
 *   <li>urgent: not hypothetical, at least one urgency phrase plus either a signal phrase or a
 *       second urgency phrase, and at least two distinct phrases from both lists together (e.g. "nu" + "mes", or "mes" + "mes getrokken").
 *       A single word that is in both lists ("pistool") is not enough on its own: "wat doen we bij
 *       een pistool?" is a question, not an emergency.
 * </ul>
 *
 * Immutable and thread-safe.
 */
final class SignalDetector {
    record Flags(boolean signal, boolean urgent) {}

    private final Analyzer analyzer = DutchAnalysis.flagAnalyzer();
    private final PhraseMatcher signaalwoorden;
    private final PhraseMatcher waarneming;
    private final PhraseMatcher hypothetisch;
    private final PhraseMatcher urgentie;

    SignalDetector(Herkenning herkenning) {
        this.signaalwoorden = new PhraseMatcher(
                analyzer,
                herkenning.signaalwoorden().values().stream()
                        .flatMap(List::stream)
                        .toList());
        this.waarneming = new PhraseMatcher(analyzer, herkenning.waarneming());
        this.hypothetisch = new PhraseMatcher(analyzer, herkenning.hypothetisch());
        this.urgentie = new PhraseMatcher(analyzer, herkenning.urgentiewoorden());
    }

    Flags detect(String text) {
        List<String> tokens = DutchAnalysis.terms(analyzer, text);
        if (tokens.isEmpty() || !hypothetisch.find(tokens).isEmpty()) {
            return new Flags(false, false);
        }
        Set<String> signals = signaalwoorden.find(tokens);
        Set<String> urgent = urgentie.find(tokens);
        Set<String> danger = new HashSet<>(signals);
        danger.addAll(urgent);
        boolean isUrgent = !urgent.isEmpty() && (!signals.isEmpty() || urgent.size() >= 2) && danger.size() >= 2;
        boolean isSignal =
                isUrgent || (!signals.isEmpty() && !waarneming.find(tokens).isEmpty());
        return new Flags(isSignal, isUrgent);
    }
}
