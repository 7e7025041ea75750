package nl.weerbaar.search;

/**
 * The fitted constants that turn index hits into a confidence and a decision. Values and the
 * cross-validation numbers that justify them are in RECOGNITION.md; {@link #DEFAULT} is what
 * production uses.
 *
 * @param temperature softmax temperature over the normalised class scores
 * @param nullScore normalised score of the "none of these" option in the softmax; a query whose
 *     best class covers less of it gets little confidence
 * @param oovWeight how much a query word that is unknown to the index counts in the normaliser
 *     (1 = as much as the rarest indexed word)
 * @param answerAt minimum confidence of the top knelpunt to answer directly
 * @param answerMargin minimum lead of the top knelpunt's confidence over the runner-up's to answer
 *     directly; a close call is asked ("Bedoel je …?") however confident the top is
 * @param askAt minimum confidence of the top knelpunt to ask "Bedoel je …?"; below it: don't know
 * @param minCoverage minimum normalised score of the top knelpunt (how much of the query its best
 *     phrasings explain); below it: don't know, however the confidence is spread
 */
public record Calibration(
        double temperature,
        double nullScore,
        double oovWeight,
        double answerAt,
        double answerMargin,
        double askAt,
        double minCoverage) {
    public static final Calibration DEFAULT = new Calibration(0.06, 0.225, 0.5, 0.68, 0.0, 0.0, 0.26);

    public Calibration {
        if (!(temperature > 0) || !(answerAt >= askAt) || askAt < 0 || answerAt > 1) {
            throw new IllegalArgumentException("inconsistent calibration");
        }
    }

    /**
     * Softmax over normalised label scores plus a "none of these" option, returned last: {@code
     * p_i = exp(n_i / T) / (sum_j exp(n_j / T) + exp(nullScore / T))}.
     */
    double[] softmax(double[] normalised) {
        double t = temperature;
        double[] p = new double[normalised.length + 1];
        double max = nullScore / t;
        for (double n : normalised) {
            max = Math.max(max, n / t);
        }
        double sum = 0;
        for (int i = 0; i < normalised.length; i++) {
            p[i] = Math.exp(normalised[i] / t - max);
            sum += p[i];
        }
        p[normalised.length] = Math.exp(nullScore / t - max);
        sum += p[normalised.length];
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * The decision for the top knelpunt's confidence, the runner-up's, and the out-of-scope
     * pseudo-label's.
     */
    Decision decide(double top, double second, double buiten, double coverage) {
        if (top <= buiten || top < askAt || coverage < minCoverage) {
            return Decision.DONT_KNOW;
        }
        return top >= answerAt && top - second >= answerMargin ? Decision.ANSWER : Decision.ASK;
    }

    public Calibration withSoftmax(double t, double n) {
        return new Calibration(t, n, oovWeight, answerAt, answerMargin, askAt, minCoverage);
    }

    public Calibration withOovWeight(double w) {
        return new Calibration(temperature, nullScore, w, answerAt, answerMargin, askAt, minCoverage);
    }

    public Calibration withThresholds(double answer, double ask) {
        return new Calibration(temperature, nullScore, oovWeight, answer, answerMargin, ask, minCoverage);
    }

    public Calibration withMinCoverage(double c) {
        return new Calibration(temperature, nullScore, oovWeight, answerAt, answerMargin, askAt, c);
    }

    public Calibration withAnswerMargin(double m) {
        return new Calibration(temperature, nullScore, oovWeight, answerAt, m, askAt, minCoverage);
    }
}
