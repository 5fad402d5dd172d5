package fr.passerelle.matching.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Ranks the 1,584 ROME fiches for a set of skill items. The score is a learned linear combination of
 * {@link RankingFeatures} (skill similarity, the ROME tree, RIASEC, NAF sectors and what the known passerelles
 * teach), calibrated to [0,1]; covered and missing skills are always the target fiche's own items. Thread-safe once
 * built.
 */
public final class MetierRanker {

    private final RomeData data;
    private final SkillIndex skills;
    private final RankingFeatures features;
    private final RankerWeights weights;

    public MetierRanker(RomeData data, SkillIndex skills, PasserelleGraph graph, RankerWeights weights) {
        this.data = data;
        this.skills = skills;
        this.features = new RankingFeatures(data, skills, graph);
        this.weights = weights;
    }

    /** The production model: the shipped ROME files, all shipped passerelles, the stored weights. */
    public static MetierRanker load() {
        RomeData data = RomeData.load();
        return withPasserelles(data, new SkillIndex(data), data.passerelles());
    }

    /** A model that knows only the given passerelles (evaluation: the training origins' rows). */
    public static MetierRanker withPasserelles(RomeData data, SkillIndex skills,
                                               Collection<RomeData.Passerelle> passerelles) {
        return new MetierRanker(data, skills, new PasserelleGraph(data, passerelles), RankerWeights.load());
    }

    /**
     * The best {@code limit} fiches in {@code scope} (a predicate on the ROME code; null for all) for the skill
     * items. Codes that are not ROME skill items are ignored; with no known item, or a limit below 1, the answer is
     * empty. Ties are broken by ROME code.
     */
    public List<MetierMatch> rank(Set<Integer> skillItems, int limit, Predicate<String> scope) {
        int[] query = skills.known(skillItems == null ? List.of() : skillItems);
        if (query.length == 0 || limit < 1) {
            return List.of();
        }
        double[] score = scores(query);
        List<RomeData.Fiche> candidates = new ArrayList<>();
        for (RomeData.Fiche f : data.fiches()) {
            if (scope == null || scope.test(f.code())) {
                candidates.add(f);
            }
        }
        candidates.sort(Comparator.comparingDouble((RomeData.Fiche f) -> -score[f.index()])
                .thenComparing(RomeData.Fiche::code));
        List<MetierMatch> result = new ArrayList<>();
        for (RomeData.Fiche f : candidates.subList(0, Math.min(limit, candidates.size()))) {
            result.add(explain(f, query, score[f.index()]));
        }
        return result;
    }

    /** Calibrated score in [0,1] of every fiche, by fiche index, for known skill items (see {@link SkillIndex#known}). */
    public double[] scores(int[] query) {
        double[] z = weights.linear(features.compute(query));
        for (int y = 0; y < z.length; y++) {
            z[y] = weights.calibrated(z[y]);
        }
        return z;
    }

    /** The fiche's items split into covered and missing, each "cœur de métier" first, then by code. */
    private MetierMatch explain(RomeData.Fiche f, int[] query, double score) {
        int[] items = data.items(f.index());
        RomeData.Level[] levels = data.levels(f.index());
        List<SkillRef> covered = new ArrayList<>();
        List<SkillRef> missing = new ArrayList<>();
        for (int k = 0; k < items.length; k++) {
            SkillRef ref = new SkillRef(items[k], data.itemLabel(items[k]), levels[k] == RomeData.Level.CORE);
            (Arrays.binarySearch(query, items[k]) >= 0 ? covered : missing).add(ref);
        }
        Comparator<SkillRef> coreFirst = Comparator.comparing((SkillRef s) -> !s.core()).thenComparingInt(SkillRef::code);
        covered.sort(coreFirst);
        missing.sort(coreFirst);
        return new MetierMatch(f.code(), f.label(), score, List.copyOf(covered), List.copyOf(missing), f.transition());
    }

    public RomeData data() {
        return data;
    }

    public SkillIndex skills() {
        return skills;
    }
}
