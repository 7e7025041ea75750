package nl.weerbaar.search;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Fits the {@link Calibration} on held-out example phrasings (cross-validation): the softmax
 * temperature by minimum log-loss, then the thresholds:
 *
 * <ul>
 *   <li>askAt: the value that rejects the most out-of-scope phrasings while
 *       rejecting at most {@value #MAX_WRONGLY_REJECTED} of the in-scope phrasings;
 *   <li>answerAt and answerMargin: of the pairs at which direct answers are right at least
 *       {@value #ANSWER_PRECISION} of the time, the one that answers the most phrasings directly.
 *       A wrong direct answer still carries "Niet wat ik zoek" and "Andere knelpunten", so the
 *       bar is set where nine in ten direct answers are right, not higher: asking "Bedoel je …?"
 *       for most questions would fail the teachers more often than it protects them.
 * </ul>
 */
final class CalibrationFit {
    static final double MAX_WRONGLY_REJECTED = 0.04;
    static final double ANSWER_PRECISION = 0.90;

    private CalibrationFit() {}

    static Calibration fit(List<CrossValidation.Held> held, Calibration start, PrintStream log) {
        double bestLoss = Double.MAX_VALUE;
        double bestT = start.temperature();
        double bestOffset = start.buitenOffset();
        for (double t = 0.2; t <= 3.0001; t += 0.05) {
            for (double offset = -2.0; offset <= 2.0001; offset += 0.1) {
                double loss = logLoss(held, start.withSoftmax(t, offset));
                if (loss < bestLoss) {
                    bestLoss = loss;
                    bestT = t;
                    bestOffset = offset;
                }
            }
        }
        Calibration soft = start.withSoftmax(round(bestT), round(bestOffset));
        log.printf(
                Locale.ROOT,
                "softmax: T=%.3f buitenOffset=%.3f log-loss=%.4f (n=%d)%n",
                soft.temperature(),
                soft.buitenOffset(),
                bestLoss,
                held.size());
        double bestAsk = 0;
        double bestOos = -1;
        for (double ask = 0.0; ask <= 0.9001; ask += 0.01) {
            Calibration c = soft.withThresholds(1.0, ask);
            int[] r = rejections(held, c);
            double wrongly = (double) r[0] / r[1];
            double oos = (double) r[2] / Math.max(1, r[3]);
            if (wrongly <= MAX_WRONGLY_REJECTED && oos > bestOos) {
                bestOos = oos;
                bestAsk = ask;
            }
        }
        bestAsk = round(bestAsk);
        double answerAt = 1.0;
        double answerMargin = 0.0;
        double mostAnswers = -1;
        for (double a = bestAsk; a <= 1.0001; a += 0.01) {
            for (double m = 0.0; m <= 0.9001; m += 0.02) {
                Calibration c = soft.withThresholds(Math.min(1.0, a), bestAsk).withAnswerMargin(m);
                double[] pr = answerPrecision(held, c);
                if (pr[1] > mostAnswers && pr[1] > 0 && pr[0] / pr[1] >= ANSWER_PRECISION) {
                    mostAnswers = pr[1];
                    answerAt = round(Math.min(1.0, a));
                    answerMargin = round(m);
                }
            }
        }
        Calibration fitted = soft.withThresholds(answerAt, bestAsk).withAnswerMargin(answerMargin);
        int[] r = rejections(held, fitted);
        double[] pr = answerPrecision(held, fitted);
        log.printf(
                Locale.ROOT,
                "thresholds: askAt=%.2f answerAt=%.2f answerMargin=%.2f | in-scope wrongly rejected %d/%d, out-of-scope rejected %d/%d,"
                        + " direct answers right %.0f/%.0f%n",
                fitted.askAt(),
                fitted.answerAt(),
                fitted.answerMargin(),
                r[0],
                r[1],
                r[2],
                r[3],
                pr[0],
                pr[1]);
        log.print(reliability(held, fitted));
        return fitted;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    static double logLoss(List<CrossValidation.Held> held, Calibration c) {
        double sum = 0;
        for (CrossValidation.Held h : held) {
            double[] p = c.softmax(h.scored().decision(), h.labels().indexOf(Recognizer.BUITEN));
            int buiten = h.labels().indexOf(Recognizer.BUITEN);
            double q = h.example().inScope() ? p[h.labels().indexOf(h.example().expect())] : p[buiten];
            sum -= Math.log(Math.max(q, 1e-9));
        }
        return sum / held.size();
    }

    /** {wrongly rejected in scope, in scope, rejected out of scope, out of scope}. */
    static int[] rejections(List<CrossValidation.Held> held, Calibration c) {
        int[] r = new int[4];
        for (CrossValidation.Held h : held) {
            Decision d = decision(h, c);
            if (h.example().inScope()) {
                r[1]++;
                r[0] += d == Decision.DONT_KNOW ? 1 : 0;
            } else {
                r[3]++;
                r[2] += d == Decision.DONT_KNOW ? 1 : 0;
            }
        }
        return r;
    }

    /** {direct answers that are right, direct answers}. */
    static double[] answerPrecision(List<CrossValidation.Held> held, Calibration c) {
        double right = 0, all = 0;
        for (CrossValidation.Held h : held) {
            if (decision(h, c) == Decision.ANSWER) {
                all++;
                right += h.example().accepts(topLabel(h, c)) ? 1 : 0;
            }
        }
        return new double[] {right, all};
    }

    private static Decision decision(CrossValidation.Held h, Calibration c) {
        double[] p = c.softmax(h.scored().decision(), h.labels().indexOf(Recognizer.BUITEN));
        int top = topIndex(h, p);
        if (top < 0) {
            return Decision.DONT_KNOW;
        }
        double second = 0;
        int buiten = h.labels().indexOf(Recognizer.BUITEN);
        int informatie = h.labels().indexOf(Recognizer.INFORMATIE);
        for (int l = 0; l < h.labels().size(); l++) {
            if (l != top && l != buiten && l != informatie) {
                second = Math.max(second, p[l]);
            }
        }
        return c.decide(p[top], second, Math.max(p[buiten], informatie < 0 ? 0 : p[informatie]));
    }

    private static String topLabel(CrossValidation.Held h, Calibration c) {
        int top = topIndex(h, c.softmax(h.scored().decision(), h.labels().indexOf(Recognizer.BUITEN)));
        return top < 0 ? null : h.labels().get(top);
    }

    private static int topIndex(CrossValidation.Held h, double[] p) {
        int buiten = h.labels().indexOf(Recognizer.BUITEN);
        int informatie = h.labels().indexOf(Recognizer.INFORMATIE);
        int top = -1;
        for (int l = 0; l < h.labels().size(); l++) {
            if (l != buiten && l != informatie && !h.scored().tokens().isEmpty() && (top < 0 || p[l] > p[top])) {
                top = l;
            }
        }
        return top;
    }

    /** Reliability table: per confidence bin, mean confidence vs. how often the top candidate was right. */
    static String reliability(List<CrossValidation.Held> held, Calibration c) {
        int bins = 5;
        double[] conf = new double[bins];
        int[] right = new int[bins];
        int[] n = new int[bins];
        for (CrossValidation.Held h : held) {
            double[] p = c.softmax(h.scored().decision(), h.labels().indexOf(Recognizer.BUITEN));
            int top = topIndex(h, p);
            if (top < 0) {
                continue;
            }
            int b = Math.min(bins - 1, (int) (p[top] * bins));
            conf[b] += p[top];
            n[b]++;
            right[b] += h.example().accepts(h.labels().get(top)) ? 1 : 0;
        }
        StringBuilder s = new StringBuilder("reliability (top confidence bin: mean confidence, fraction right, n)\n");
        for (int b = 0; b < bins; b++) {
            if (n[b] > 0) {
                s.append(String.format(
                        Locale.ROOT,
                        "  [%.1f-%.1f): %.2f  %.2f  %d%n",
                        (double) b / bins,
                        (double) (b + 1) / bins,
                        conf[b] / n[b],
                        (double) right[b] / n[b],
                        n[b]));
            }
        }
        return s.toString();
    }
}
