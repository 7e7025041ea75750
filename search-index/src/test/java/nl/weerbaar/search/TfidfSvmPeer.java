package nl.weerbaar.search;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.weerbaar.catalog.Catalog;
import nl.weerbaar.catalog.Knelpunt;

/**
 * The standard peer of intent-classification papers, as a baseline inside the build: TF-IDF over
 * lower-cased word 1- and 2-grams, a linear SVM (LIBLINEAR, L2-loss, C = 1), out-of-scope as an
 * extra class. Trained on exactly the catalogue's own data: the example phrasings, the
 * out-of-scope phrasings, the knelpunt and interventie texts. No Dutch analysis, no context
 * sentences. Its answer is the top class; predicting out-of-scope means "don't know".
 */
final class TfidfSvmPeer {
    private static final String BUITEN = "(buiten bereik)";

    private final List<String> labels = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<Integer, Double> idf = new HashMap<>();
    private final Model model;

    TfidfSvmPeer(Catalog catalog) {
        List<String> texts = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Knelpunt k : catalog.knelpunten()) {
            labels.add(k.id());
            int label = labels.size() - 1;
            List<String> own = new ArrayList<>(catalog.herkenning().voorbeeldenVan(k.id()));
            own.add(k.tekst());
            own.addAll(k.interventies());
            for (String t : own) {
                texts.add(t);
                y.add(label);
            }
        }
        labels.add(BUITEN);
        for (String t : catalog.herkenning().buitenBereik()) {
            texts.add(t);
            y.add(labels.size() - 1);
        }
        Map<String, Integer> df = new TreeMap<>();
        for (String t : texts) {
            grams(t).keySet().forEach(g -> df.merge(g, 1, Integer::sum));
        }
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            int id = ids.size() + 1;
            ids.put(e.getKey(), id);
            idf.put(id, Math.log((1.0 + texts.size()) / (1.0 + e.getValue())) + 1.0);
        }
        Problem problem = new Problem();
        problem.l = texts.size();
        problem.n = ids.size();
        problem.bias = -1;
        problem.x = new Feature[texts.size()][];
        problem.y = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            problem.x[i] = vector(texts.get(i));
            problem.y[i] = y.get(i);
        }
        Linear.disableDebugOutput();
        synchronized (Linear.class) {
            Linear.resetRandom();
            model = Linear.train(problem, new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, 1.0, 0.01));
        }
    }

    /** The predicted knelpunt id, or null for out-of-scope. */
    String predict(String text) {
        String label = labels.get((int) Linear.predict(model, vector(text)));
        return BUITEN.equals(label) ? null : label;
    }

    private Feature[] vector(String text) {
        TreeMap<Integer, Double> v = new TreeMap<>();
        grams(text).forEach((g, tf) -> {
            Integer id = ids.get(g);
            if (id != null) {
                v.put(id, tf * idf.get(id));
            }
        });
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        Feature[] out = new Feature[v.size()];
        int i = 0;
        for (var e : v.entrySet()) {
            out[i++] = new FeatureNode(e.getKey(), norm == 0 ? 0 : e.getValue() / norm);
        }
        return out;
    }

    private static Map<String, Integer> grams(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Map<String, Integer> out = new HashMap<>();
        String previous = null;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            out.merge(w, 1, Integer::sum);
            if (previous != null) {
                out.merge(previous + " " + w, 1, Integer::sum);
            }
            previous = w;
        }
        return out;
    }
}
