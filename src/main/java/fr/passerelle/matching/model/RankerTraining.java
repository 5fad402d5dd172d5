package fr.passerelle.matching.model;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Produces {@link RankerWeights#RESOURCE} from the <b>training</b> fiches only (the shipped origins minus
 * {@link HeldOutSplit}'s held-out ones).
 * <ol>
 * <li>The training origins are cut into 5 folds; the features of a fold's queries (each origin's "cœur de métier"
 * items) are computed by a model that knows only the other folds' passerelles, exactly as a held-out fiche
 * meets the model: its own passerelles unknown, its own fiche still in the catalogue.</li>
 * <li>A linear score over the standardised features is fitted with a listwise softmax loss (the probability mass
 * put on the origin's passerelles, the origin itself excluded), by full-batch Adam.</li>
 * <li>A one-dimensional logistic fit (Platt) maps the linear score to [0,1].</li>
 * </ol>
 * Run after {@code mvn compile}: {@code java -Xmx3g -cp target/classes fr.passerelle.matching.model.RankerTraining
 * [weights file]} (about 1.5 minutes; it ends with the held-out evaluation of the new weights).
 */
public final class RankerTraining {

    static final int FOLDS = 5;
    static final int ITERATIONS = 500;
    static final double LEARNING_RATE = 0.05;

    private RankerTraining() {
    }

    private static double[] linear(float[][] q, double[] w) {
        int n = q[0].length;
        double[] z = new double[n];
        for (int k = 0; k < w.length; k++) {
            float[] xk = q[k];
            for (int y = 0; y < n; y++) {
                z[y] += w[k] * xk[y];
            }
        }
        return z;
    }

    /** Full-batch Adam on the listwise softmax loss (the query's own fiche is no candidate). */
    private static double[] fit(List<float[][]> x, List<int[]> positives, List<Integer> self, double[] start) {
        int f = start.length;
        int queries = x.size();
        double[] w = start.clone();
        double[] m1 = new double[f];
        double[] m2 = new double[f];
        for (int it = 1; it <= ITERATIONS; it++) {
            double[] grad = new double[f];
            double loss = 0;
            for (int qi = 0; qi < queries; qi++) {
                float[][] q = x.get(qi);
                int me = self.get(qi);
                double[] z = linear(q, w);
                int n = z.length;
                double max = Double.NEGATIVE_INFINITY;
                for (int y = 0; y < n; y++) {
                    if (y != me) {
                        max = Math.max(max, z[y]);
                    }
                }
                double sum = 0;
                for (int y = 0; y < n; y++) {
                    z[y] = y == me ? 0 : Math.exp(z[y] - max);
                    sum += z[y];
                }
                int[] pos = positives.get(qi);
                double share = 1.0 / pos.length;
                for (int y = 0; y < n; y++) {
                    z[y] /= sum; // probability
                }
                for (int p : pos) {
                    loss -= share * Math.log(Math.max(z[p], 1e-300));
                    z[p] -= share; // minus the target distribution
                }
                for (int k = 0; k < f; k++) {
                    float[] xk = q[k];
                    double g = 0;
                    for (int y = 0; y < n; y++) {
                        g += z[y] * xk[y];
                    }
                    grad[k] += g;
                }
            }
            for (int k = 0; k < f; k++) {
                double g = grad[k] / queries;
                m1[k] = 0.9 * m1[k] + 0.1 * g;
                m2[k] = 0.999 * m2[k] + 0.001 * g * g;
                double mh = m1[k] / (1 - Math.pow(0.9, it));
                double vh = m2[k] / (1 - Math.pow(0.999, it));
                w[k] -= LEARNING_RATE * mh / (Math.sqrt(vh) + 1e-8);
            }
            if (it % 100 == 0 || it == 1) {
                System.out.printf(Locale.ROOT, "iteration %d: listwise loss %.4f%n", it, loss / queries);
            }
        }
        return w;
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/reference/matching/metier-ranker-weights.csv");
        long start = System.nanoTime();
        RomeData data = RomeData.load();
        SkillIndex skills = new SkillIndex(data);
        RankerWeights w = train(data, skills);
        RankingEvaluation.Result r = RankingEvaluation.run(data, skills,
                new MetierRanker(data, skills, new PasserelleGraph(data, HeldOutSplit.trainingPasserelles(data)), w), 0);
        System.out.println("held out, TF-IDF baseline: " + r.baseline());
        System.out.println("held out, these weights:   " + r.model());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(out);
        }
        System.out.printf(Locale.ROOT, "wrote %s in %.1f s%n", target, (System.nanoTime() - start) / 1e9);
    }

    public static RankerWeights train(RomeData data, SkillIndex skills) {
        List<String> origins = HeldOutSplit.training(data);
        Map<String, Set<Integer>> targets = new HashMap<>();
        for (RomeData.Passerelle p : HeldOutSplit.trainingPasserelles(data)) {
            targets.computeIfAbsent(p.origin(), k -> new HashSet<>()).add(data.fiche(p.target()).index());
        }
        int f = RankingFeatures.NAMES.size();
        int n = data.size();
        List<float[][]> x = new ArrayList<>();
        List<int[]> positives = new ArrayList<>();
        List<Integer> self = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            Set<String> inFold = new HashSet<>();
            for (int i = fold; i < origins.size(); i += FOLDS) {
                inFold.add(origins.get(i));
            }
            List<RomeData.Passerelle> known = HeldOutSplit.trainingPasserelles(data).stream()
                    .filter(p -> !inFold.contains(p.origin())).toList();
            RankingFeatures features = new RankingFeatures(data, skills, new PasserelleGraph(data, known));
            for (int i = fold; i < origins.size(); i += FOLDS) {
                String origin = origins.get(i);
                int o = data.fiche(origin).index();
                int[] query = skills.known(data.coreItems(o));
                double[][] q = features.compute(query);
                float[][] qf = new float[f][n];
                for (int k = 0; k < f; k++) {
                    for (int y = 0; y < n; y++) {
                        qf[k][y] = (float) q[k][y];
                    }
                }
                x.add(qf);
                positives.add(targets.get(origin).stream().mapToInt(Integer::intValue).toArray());
                self.add(o);
            }
            System.out.printf(Locale.ROOT, "fold %d: %d queries%n", fold, inFold.size());
        }
        int queries = x.size();

        // standardise over every (query, candidate) pair
        double[] mean = new double[f];
        double[] std = new double[f];
        for (int k = 0; k < f; k++) {
            double s = 0;
            double s2 = 0;
            for (float[][] q : x) {
                for (float v : q[k]) {
                    s += v;
                    s2 += (double) v * v;
                }
            }
            double count = (double) queries * n;
            mean[k] = s / count;
            std[k] = Math.max(Math.sqrt(Math.max(s2 / count - mean[k] * mean[k], 0)), 1e-9);
            for (float[][] q : x) {
                for (int y = 0; y < n; y++) {
                    q[k][y] = (float) ((q[k][y] - mean[k]) / std[k]);
                }
            }
        }

        // listwise softmax over every candidate
        // (a second fit limited to the 30 or 100 best candidates of each query was tried: recall@10 fell to 0.31)
        double[] w = fit(x, positives, self, new double[f]);

        // recall@10 on the training fiches themselves (their features are out-of-fold; only the weights are fitted
        // on them): a second, larger check besides the held-out fiches, used when comparing feature sets
        double recall = 0;
        for (int qi = 0; qi < queries; qi++) {
            double[] score = linear(x.get(qi), w);
            score[self.get(qi)] = Double.NEGATIVE_INFINITY;
            Set<Integer> pos = new HashSet<>();
            for (int p : positives.get(qi)) {
                pos.add(p);
            }
            recall += (double) java.util.Arrays.stream(RankingFeatures.topK(score, 10, null)).filter(pos::contains)
                    .count() / pos.size();
        }
        System.out.printf(Locale.ROOT, "training fiches (out-of-fold features): recall@10 %.4f (%d fiches)%n",
                recall / queries, queries);

        // Platt calibration of the linear score on every (query, candidate) pair
        double a = 1;
        double b = -5;
        for (int it = 0; it < 30; it++) {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (int qi = 0; qi < queries; qi++) {
                float[][] q = x.get(qi);
                int me = self.get(qi);
                Set<Integer> pos = new HashSet<>();
                for (int p : positives.get(qi)) {
                    pos.add(p);
                }
                for (int y = 0; y < n; y++) {
                    if (y == me) {
                        continue;
                    }
                    double s = 0;
                    for (int k = 0; k < f; k++) {
                        s += w[k] * q[k][y];
                    }
                    double p = 1 / (1 + Math.exp(-(a * s + b)));
                    double r = p - (pos.contains(y) ? 1 : 0);
                    double h = Math.max(p * (1 - p), 1e-12);
                    ga += r * s;
                    gb += r;
                    haa += h * s * s;
                    hab += h * s;
                    hbb += h;
                }
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-9) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "calibration: scale %.4f, bias %.4f%n", a, b);
        return new RankerWeights(mean, std, w, a, b);
    }
}
