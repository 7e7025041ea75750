package nl.weerbaar.search;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A linear classifier over {@link FeatureSpace} vectors, trained with LIBLINEAR (the Java port,
 * {@code de.bwaldvogel:liblinear}): L2-regularised logistic regression, one-vs-rest, with a bias.
 * Its decision values are the per-class log-odds; {@link Calibration} turns them into
 * probabilities. The weights are copied into one float array laid out feature-major, so scoring a
 * text touches only the rows of its own features. Immutable and thread-safe.
 */
final class LinearModel {
    /** The regularisation constant C (RECOGNITION.md: the sweep that chose it). */
    static final double C = 4.0;

    /** Stopping tolerance of the dual solver (0.5 gave the same dev figures and no faster training). */
    private static final double EPSILON = 0.1;

    /**
     * Examples of other classes a class is trained against at most: {@value #NEGATIVES_PER_POSITIVE}
     * per example of its own and within {@link #ROW_BUDGET}, but never fewer than {@value
     * #MIN_NEGATIVES} (see {@link #train}).
     */
    static final int NEGATIVES_PER_POSITIVE = 10;

    static final int MIN_NEGATIVES = 300;

    /** Bias of a class without examples: it is never chosen. */
    private static final float ABSENT_BIAS = -20f;

    private static final long SEED = 42;

    private final int classes;
    private final int features;
    /** weights[feature * classes + class]; the bias row comes last. */
    private final float[] weights;
    /** Per feature, its mean weight over the classes. */
    private final float[] meanWeights;

    private LinearModel(int classes, int features, float[] weights) {
        this.classes = classes;
        this.features = features;
        this.weights = weights;
        this.meanWeights = new float[features];
        for (int f = 0; f < features; f++) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                sum += weights[f * classes + c];
            }
            meanWeights[f] = (float) (sum / classes);
        }
    }

    /** One training example: the class number and its vector. */
    record Example(int label, FeatureSpace.SparseVector vector) {}

    /**
     * Rows (examples) that the one-vs-rest problems together use at most, {@value #ROW_BUDGET}: a
     * class is trained against every example of the others as long as all problems together stay
     * below it (the bundled catalogue trains on everything), against a seeded sample above it, so
     * that training time stays bounded however many knelpunten a catalogue has.
     */
    static final int ROW_BUDGET = 300_000;

    /**
     * Trains one binary classifier per class (one-vs-rest, as LIBLINEAR itself does for several
     * classes): the class's examples against the others. With many classes the others are capped
     * (see {@link #NEGATIVES_PER_POSITIVE} and {@link #ROW_BUDGET}), drawn with a seed per class, so
     * that a catalogue a hundred times larger still trains in seconds; the bundled catalogue stays
     * below the caps and trains on everything. The classes are trained side by side on all cores.
     * {@code classes} is the number of classes (labels 0..classes-1), {@code features} the size of
     * the feature space. Deterministic: the same examples give the same weights.
     */
    static LinearModel train(List<Example> examples, int classes, int features) {
        Feature[][] rows = new Feature[examples.size()][];
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            int[] index = e.vector().index();
            double[] value = e.vector().value();
            Feature[] row = new Feature[index.length + 1];
            for (int k = 0; k < index.length; k++) {
                row[k] = new FeatureNode(index[k] + 1, value[k]);
            }
            row[index.length] = new FeatureNode(features + 1, 1.0);
            rows[i] = row;
            byClass.get(e.label()).add(i);
        }
        int rowsOfWeights = features + 1;
        float[] out = new float[rowsOfWeights * classes];
        Linear.disableDebugOutput();
        // The classes are independent problems, each with its own seeded random source (a LIBLINEAR
        // Parameter carries one), so training them side by side gives the same weights as in turn.
        IntStream.range(0, classes).parallel().forEach(c -> {
            List<Integer> positives = byClass.get(c);
            if (positives.isEmpty()) {
                out[features * classes + c] = ABSENT_BIAS;
                return;
            }
            List<Integer> negatives = negatives(byClass, c, examples.size(), positives.size(), classes);
            Problem problem = new Problem();
            problem.l = positives.size() + negatives.size();
            problem.n = rowsOfWeights;
            problem.bias = 1;
            problem.x = new Feature[problem.l][];
            problem.y = new double[problem.l];
            int i = 0;
            for (int p : positives) {
                problem.x[i] = rows[p];
                problem.y[i++] = 1;
            }
            for (int n : negatives) {
                problem.x[i] = rows[n];
                problem.y[i++] = -1;
            }
            Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR_DUAL, C, EPSILON));
            double[] w = model.getFeatureWeights();
            double sign = model.getLabels()[0] == 1 ? 1 : -1;
            for (int r = 0; r < rowsOfWeights; r++) {
                out[r * classes + c] = (float) (sign * w[r]);
            }
        });
        return new LinearModel(classes, features, out);
    }

    /**
     * The examples of every other class, or, above the cap, that many drawn without repetition with
     * a seed per class (in example order, so the problem does not depend on the draw's order).
     */
    private static List<Integer> negatives(List<List<Integer>> byClass, int c, int all, int positives, int classes) {
        int available = all - positives;
        int max =
                Math.max(MIN_NEGATIVES, Math.min(NEGATIVES_PER_POSITIVE * positives, ROW_BUDGET / classes - positives));
        List<Integer> out = new ArrayList<>();
        if (available <= max) {
            for (int o = 0; o < byClass.size(); o++) {
                if (o != c) {
                    out.addAll(byClass.get(o));
                }
            }
            return out;
        }
        java.util.BitSet own = new java.util.BitSet(all);
        byClass.get(c).forEach(own::set);
        java.util.BitSet drawn = new java.util.BitSet(all);
        Random random = new Random(SEED + c);
        int count = 0;
        while (count < max) {
            int i = random.nextInt(all);
            if (!own.get(i) && !drawn.get(i)) {
                drawn.set(i);
                count++;
            }
        }
        drawn.stream().forEach(out::add);
        return out;
    }

    int classes() {
        return classes;
    }

    /** The decision value (log-odds) of every class for a vector. */
    double[] decision(FeatureSpace.SparseVector x) {
        double[] d = new double[classes];
        int bias = features * classes;
        for (int c = 0; c < classes; c++) {
            d[c] = weights[bias + c];
        }
        int[] index = x.index();
        double[] value = x.value();
        for (int k = 0; k < index.length; k++) {
            int row = index[k] * classes;
            double v = value[k];
            for (int c = 0; c < classes; c++) {
                d[c] += v * weights[row + c];
            }
        }
        return d;
    }

    /** The mean weight of one feature over all classes. */
    float meanWeight(int feature) {
        return meanWeights[feature];
    }

    /** The weight of one feature for one class. */
    float weight(int feature, int cls) {
        return weights[feature * classes + cls];
    }
}
