package nl.weerbaar.search;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Evaluation figures over a list of labelled utterances. */
public record EvalReport(
        int inScope,
        int top1,
        int top3,
        int correctAnswered,
        int direct,
        int directRight,
        int wronglyRejected,
        int outOfScope,
        int outOfScopeRejected,
        int signals,
        int signalsFound,
        int nonSignals,
        int signalFalsePositives,
        int urgents,
        int urgentsFound,
        int nonUrgents,
        int urgentFalsePositives,
        Map<String, Map<String, Integer>> confusion) {

    public static final String GEEN = "geen";

    public static EvalReport of(List<EvalCase> cases, List<Recognition> results) {
        int inScope = 0, top1 = 0, top3 = 0, correctAnswered = 0, direct = 0, directRight = 0, wronglyRejected = 0;
        int oos = 0, oosRejected = 0, sig = 0, sigFound = 0, nonSig = 0, sigFp = 0;
        int urg = 0, urgFound = 0, nonUrg = 0, urgFp = 0;
        Map<String, Map<String, Integer>> confusion = new TreeMap<>();
        for (int i = 0; i < cases.size(); i++) {
            EvalCase c = cases.get(i);
            Recognition r = results.get(i);
            if (c.inScope()) {
                inScope++;
                if (c.accepts(r.best())) {
                    top1++;
                    if (!r.abstain()) {
                        correctAnswered++;
                    }
                }
                if (r.knelpunten().stream().anyMatch(m -> c.accepts(m.knelpuntId()))) {
                    top3++;
                }
                if (r.abstain()) {
                    wronglyRejected++;
                }
                if (r.decision() == Decision.ANSWER) {
                    direct++;
                    directRight += c.accepts(r.best()) ? 1 : 0;
                }
            } else {
                oos++;
                if (r.abstain()) {
                    oosRejected++;
                }
            }
            if (c.signal()) {
                sig++;
                sigFound += r.signal() ? 1 : 0;
            } else {
                nonSig++;
                sigFp += r.signal() ? 1 : 0;
            }
            if (c.urgent()) {
                urg++;
                urgFound += r.urgent() ? 1 : 0;
            } else {
                nonUrg++;
                urgFp += r.urgent() ? 1 : 0;
            }
            String expected = c.inScope() ? c.expect() : GEEN;
            String predicted = r.abstain() || r.best() == null ? GEEN : r.best();
            confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        }
        return new EvalReport(
                inScope,
                top1,
                top3,
                correctAnswered,
                direct,
                directRight,
                wronglyRejected,
                oos,
                oosRejected,
                sig,
                sigFound,
                nonSig,
                sigFp,
                urg,
                urgFound,
                nonUrg,
                urgFp,
                confusion);
    }

    public double top1Rate() {
        return rate(top1, inScope);
    }

    /** Top-1 right and not "don't know": what the teacher gets without asking again. */
    public double answeredTop1Rate() {
        return rate(correctAnswered, inScope);
    }

    public double urgentFalsePositiveRate() {
        return rate(urgentFalsePositives, nonUrgents);
    }

    public double top3Rate() {
        return rate(top3, inScope);
    }

    public double wronglyRejectedRate() {
        return rate(wronglyRejected, inScope);
    }

    public double outOfScopeRejectedRate() {
        return rate(outOfScopeRejected, outOfScope);
    }

    public double signalRecall() {
        return rate(signalsFound, signals);
    }

    public double signalFalsePositiveRate() {
        return rate(signalFalsePositives, nonSignals);
    }

    public double urgentRecall() {
        return rate(urgentsFound, urgents);
    }

    private static double rate(int n, int of) {
        return of == 0 ? 1.0 : (double) n / of;
    }

    /** The figures and the confusion table as plain text. */
    public void print(PrintStream out) {
        out.println(line("top-1", top1, inScope));
        out.println(line("top-3", top3, inScope));
        out.println(line("top-1 and answered (not rejected)", correctAnswered, inScope));
        out.println(line("answered directly (no \"Bedoel je\")", direct, inScope));
        out.println(line("direct answers that are right", directRight, direct));
        out.println(line("out of scope rejected", outOfScopeRejected, outOfScope));
        out.println(line("in scope wrongly rejected", wronglyRejected, inScope));
        out.println(line("signal recall", signalsFound, signals));
        out.println(line("signal false positives", signalFalsePositives, nonSignals));
        out.println(line("urgent recall", urgentsFound, urgents));
        out.println(line("urgent false positives", urgentFalsePositives, nonUrgents));
        out.println();
        out.println("confusion (rows: expected, columns: predicted; geen = out of scope / abstained)");
        TreeSet<String> columns = new TreeSet<>();
        confusion.values().forEach(m -> columns.addAll(m.keySet()));
        columns.addAll(confusion.keySet());
        List<String> cols = new ArrayList<>(columns);
        int width = Math.max(4, cols.stream().mapToInt(String::length).max().orElse(4));
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "")).append(" |");
        for (int i = 0; i < cols.size(); i++) {
            head.append(String.format(Locale.ROOT, " %4s", "c" + (i + 1)));
        }
        out.println(head);
        for (String row : cols) {
            if (!confusion.containsKey(row)) {
                continue;
            }
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", row)).append(" |");
            for (String col : cols) {
                int n = confusion.get(row).getOrDefault(col, 0);
                b.append(String.format(Locale.ROOT, " %4s", n == 0 ? "." : Integer.toString(n)));
            }
            out.println(b);
        }
        for (int i = 0; i < cols.size(); i++) {
            out.println("  c" + (i + 1) + " = " + cols.get(i));
        }
    }

    private static String line(String what, int n, int of) {
        return String.format(Locale.ROOT, "%-36s %6.1f%%  (%d/%d)", what, 100.0 * rate(n, of), n, of);
    }
}
