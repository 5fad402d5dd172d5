package fr.passerelle.matching.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The quality protocol on our own held-out fiches ({@link HeldOutSplit}): for each held-out fiche X, query
 * with X's "cœur de métier" items (all its skill items when it has none), drop X from the answer, and measure
 * recall@10 against X's passerelles and the reciprocal rank of the first one (MRR). The model knows only the
 * training origins' passerelles; the TF-IDF cosine baseline is measured in the same run.
 * Run after {@code mvn compile}: {@code java -cp target/classes fr.passerelle.matching.model.RankingEvaluation}.
 */
public final class RankingEvaluation {

    /** Mean recall@10 and MRR over {@code fiches} queries. */
    public record Quality(double recallAt10, double mrr, int fiches) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "recall@10 %.4f  MRR %.4f  (%d held-out fiches)", recallAt10, mrr, fiches);
        }
    }

    public record Result(Quality model, Quality baseline, double startupSeconds) {
    }

    private RankingEvaluation() {
    }

    public static void main(String[] args) {
        Result r = run();
        System.out.printf(Locale.ROOT, "start-up (CSV files read, model built): %.2f s%n", r.startupSeconds());
        System.out.println("TF-IDF cosine baseline: " + r.baseline());
        System.out.println("Métier ranking model:   " + r.model());
    }

    /** With the stored weights; the start-up time counts reading the CSV files and building the model. */
    public static Result run() {
        long start = System.nanoTime();
        RomeData data = RomeData.load();
        SkillIndex skills = new SkillIndex(data);
        MetierRanker ranker = new MetierRanker(data, skills,
                new PasserelleGraph(data, HeldOutSplit.trainingPasserelles(data)), RankerWeights.load());
        double startup = (System.nanoTime() - start) / 1e9;
        return run(data, skills, ranker, startup);
    }

    static Result run(RomeData data, SkillIndex skills, MetierRanker ranker, double startup) {
        List<String> heldOut = HeldOutSplit.heldOut(data);
        double[] modelR = new double[heldOut.size()];
        double[] modelRr = new double[heldOut.size()];
        double[] baseR = new double[heldOut.size()];
        double[] baseRr = new double[heldOut.size()];
        for (int i = 0; i < heldOut.size(); i++) {
            String x = heldOut.get(i);
            int xi = data.fiche(x).index();
            Set<Integer> relevant = new HashSet<>();
            data.passerelles().stream().filter(p -> p.origin().equals(x))
                    .forEach(p -> relevant.add(data.fiche(p.target()).index()));
            int[] query = skills.known(data.coreItems(xi));
            int[] modelOrder = order(ranker.scores(query), xi);
            int[] baseOrder = order(skills.tfidf(query), xi);
            modelR[i] = recallAt10(modelOrder, relevant);
            modelRr[i] = reciprocalRank(modelOrder, relevant);
            baseR[i] = recallAt10(baseOrder, relevant);
            baseRr[i] = reciprocalRank(baseOrder, relevant);
        }
        return new Result(new Quality(mean(modelR), mean(modelRr), heldOut.size()),
                new Quality(mean(baseR), mean(baseRr), heldOut.size()), startup);
    }

    /** Fiche indexes by descending score, ties by index, {@code excluded} left out. */
    static int[] order(double[] score, int excluded) {
        return IntStream.range(0, score.length).filter(y -> y != excluded).boxed()
                .sorted(Comparator.comparingDouble((Integer y) -> -score[y]).thenComparingInt(y -> y))
                .mapToInt(Integer::intValue).toArray();
    }

    static double recallAt10(int[] order, Set<Integer> relevant) {
        long hits = Arrays.stream(order).limit(10).filter(relevant::contains).count();
        return (double) hits / relevant.size();
    }

    static double reciprocalRank(int[] order, Set<Integer> relevant) {
        for (int k = 0; k < order.length; k++) {
            if (relevant.contains(order[k])) {
                return 1.0 / (k + 1);
            }
        }
        return 0;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(0);
    }
}
