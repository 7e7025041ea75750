package nl.weerbaar.search;

/**
 * The fitted constants that turn the classifier's decision values into a confidence and a
 * decision. Values and the cross-validation numbers that justify them are in RECOGNITION.md;
 * {@link #DEFAULT} is what production uses.
 *
 * @param temperature softmax temperature over the decision values (log-odds) of all classes,
 *     out-of-scope included; fitted by minimum log-loss on held-out folds
 * @param buitenOffset subtracted from the out-of-scope class's decision value before the softmax;
 *     fitted with the temperature, it corrects the prior the training set's class sizes imply
 * @param answerAt minimum confidence of the top knelpunt to answer directly
 * @param answerMargin minimum lead of the top knelpunt's confidence over the runner-up's to answer
 *     directly; a close call is asked ("Bedoel je …?") however confident the top is
 * @param askAt minimum confidence of the top knelpunt to ask "Bedoel je …?"; below it: don't know
 */
public record Calibration(double temperature, double buitenOffset, double answerAt, double answerMargin, double askAt) {
    public static final Calibration DEFAULT = new Calibration(0.7, 0.2, 0.58, 0.48, 0.0);

    public Calibration {
        if (!(temperature > 0) || !(answerAt >= askAt) || askAt < 0 || answerAt > 1) {
            throw new IllegalArgumentException("inconsistent calibration");
        }
    }

    /**
     * Softmax over the decision values, the out-of-scope class's ({@code buiten}, or -1 for none)
     * lowered by {@link #buitenOffset}: {@code p_i = exp(d_i / T) / sum_j exp(d_j / T)}.
     */
    double[] softmax(double[] decision, int buiten) {
        double[] z = new double[decision.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < z.length; i++) {
            z[i] = (decision[i] - (i == buiten ? buitenOffset : 0)) / temperature;
            max = Math.max(max, z[i]);
        }
        double[] p = new double[decision.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * The decision for the top knelpunt's confidence, the runner-up's, and the out-of-scope
     * class's.
     */
    Decision decide(double top, double second, double buiten) {
        if (top <= buiten || top < askAt) {
            return Decision.DONT_KNOW;
        }
        return top >= answerAt && top - second >= answerMargin ? Decision.ANSWER : Decision.ASK;
    }

    public Calibration withSoftmax(double t, double offset) {
        return new Calibration(t, offset, answerAt, answerMargin, askAt);
    }

    public Calibration withThresholds(double answer, double ask) {
        return new Calibration(temperature, buitenOffset, answer, answerMargin, ask);
    }

    public Calibration withAnswerMargin(double m) {
        return new Calibration(temperature, buitenOffset, answerAt, m, askAt);
    }
}
