package fr.passerelle.matching.model;

import java.util.Arrays;
import java.util.List;

/**
 * The features of every fiche for one skill set. The query names no fiche: where a feature needs "the person's
 * métier", it uses the <em>inferred origin</em>, the 10 fiches closest to the skills by TF-IDF cosine weighted by
 * a softmax of that cosine (sharpness {@value #SHARPNESS}); where it needs known passerelles, the 20 closest fiches
 * whose passerelles are known.
 */
public final class RankingFeatures {

    static final int ORIGINS = 10;
    static final int KNOWN_ORIGINS = 20;
    static final double SHARPNESS = 10;

    /** Feature names, in the order of {@link #compute}; the weights file names them the same way. */
    public static final List<String> NAMES = List.of(
            "tfidf", "macro", "core_coverage", "passerelles_of_similar", "reverse_passerelles", "log_popularity",
            "is_parent_fiche", "same_parent", "same_domaine", "same_grand_domaine", "same_riasec", "naf_similarity",
            "domaine_pair_prior", "passerelles_of_parent_group", "domaine_target_prior", "grand_domaine_target_prior",
            "shared_origins", "shared_targets", "skills_of_passerelles",
            "ln_tfidf", "ln_macro", "ln_passerelles_of_similar", "ln_reverse_passerelles", "ln_shared_origins",
            "ln_shared_targets", "ln_skills_of_passerelles", "ln_passerelles_of_parent_group",
            "co_targets_of_passerelles", "ln_co_targets_of_passerelles", "origin_full_similarity",
            "ln_origin_full_similarity", "parent_group_of_passerelles", "ln_parent_group_of_passerelles",
            "popularity_x_same_grand_domaine", "popularity_x_domaine_pair_prior", "skills_of_passerelles_x_tfidf",
            "domaine_pair_prior_x_ln_skills_of_passerelles", "riasec_x_naf",
            "popularity_x_ln_origin_full_similarity", "domaine_pair_prior_x_ln_shared_origins",
            "popularity_x_is_parent_fiche", "ln_origin_full_similarity_x_ln_skills_of_passerelles",
            "popularity_x_ln_shared_origins", "grand_domaine_target_prior_x_ln_origin_full_similarity",
            "domaine_pair_prior_x_ln_macro", "popularity_x_ln_parent_group_of_passerelles");

    private final RomeData data;
    private final SkillIndex skills;
    private final PasserelleGraph graph;
    private final double[] logPopularity;
    private final double[] isParent;
    private final java.util.Map<String, Integer> groupSize = new java.util.HashMap<>();

    public RankingFeatures(RomeData data, SkillIndex skills, PasserelleGraph graph) {
        this.data = data;
        this.skills = skills;
        this.graph = graph;
        int n = data.size();
        logPopularity = new double[n];
        isParent = new double[n];
        for (RomeData.Fiche f : data.fiches()) {
            logPopularity[f.index()] = Math.log1p(graph.in[f.index()].length);
            isParent[f.index()] = f.code().equals(f.parentCode()) ? 1 : 0;
            groupSize.merge(f.parentCode(), 1, Integer::sum);
        }
    }

    /** features[k][fiche] for the known skill items of a query (see {@link SkillIndex#known}). */
    public double[][] compute(int[] query) {
        int n = data.size();
        double[][] x = new double[NAMES.size()][];
        double[] tfidf = skills.tfidf(query);
        x[0] = tfidf;
        x[1] = skills.macro(query);
        x[2] = skills.coreCoverage(query);

        int[] top = topK(tfidf, ORIGINS, null);
        double[] w = softmax(tfidf, top);
        int[] known = topK(tfidf, KNOWN_ORIGINS, graph.hasOut);
        double[] w2 = softmax(tfidf, known);

        double[] prop = new double[n];
        for (int k = 0; k < known.length; k++) {
            for (int t : graph.out[known[k]]) {
                prop[t] += w2[k];
            }
        }
        x[3] = prop;
        double[] rev = new double[n];
        for (int k = 0; k < top.length; k++) {
            for (int o : graph.in[top[k]]) {
                rev[o] += w[k];
            }
        }
        x[4] = rev;
        x[5] = logPopularity;
        x[6] = isParent;
        double[] sameParent = new double[n];
        double[] sameDp = new double[n];
        double[] sameGd = new double[n];
        double[] riasec = new double[n];
        double[] naf = new double[n];
        double[] dpPair = new double[n];
        double[] sibling = new double[n];
        double[] dpTarget = new double[n];
        double[] gdTarget = new double[n];
        double[] sharedOrigins = new double[n];
        List<RomeData.Fiche> fiches = data.fiches();
        for (int k = 0; k < top.length; k++) {
            int z = top[k];
            double wz = w[k];
            RomeData.Fiche origin = fiches.get(z);
            float[] nafRow = skills.nafSimilarity(z);
            double[] pairRow = graph.dpPairLog[graph.dp[z]];
            double[] dpRow = graph.dpTargetLog[graph.dp[z]];
            double[] gdRow = graph.gdTargetLog[graph.gd[z]];
            float[] inRow = graph.inCos[z];
            for (int y = 0; y < n; y++) {
                RomeData.Fiche f = fiches.get(y);
                if (f.parentCode().equals(origin.parentCode())) {
                    sameParent[y] += wz;
                }
                if (graph.dp[y] == graph.dp[z]) {
                    sameDp[y] += wz;
                }
                if (graph.gd[y] == graph.gd[z]) {
                    sameGd[y] += wz;
                }
                if (!origin.riasecMajor().isEmpty() && origin.riasecMajor().equals(f.riasecMajor())) {
                    riasec[y] += wz;
                }
                naf[y] += wz * nafRow[y];
                dpPair[y] += wz * pairRow[graph.dp[y]];
                dpTarget[y] += wz * dpRow[y];
                gdTarget[y] += wz * gdRow[y];
                sharedOrigins[y] += wz * inRow[y];
            }
            int[] siblings = graph.siblingsWithOut[z];
            for (int s : siblings) {
                for (int t : graph.out[s]) {
                    sibling[t] += wz / siblings.length;
                }
            }
        }
        x[7] = sameParent;
        x[8] = sameDp;
        x[9] = sameGd;
        x[10] = riasec;
        x[11] = naf;
        x[12] = dpPair;
        x[13] = sibling;
        x[14] = dpTarget;
        x[15] = gdTarget;
        x[16] = sharedOrigins;
        double[] sharedTargets = new double[n];
        for (int k = 0; k < known.length; k++) {
            float[] row = graph.outCos[known[k]];
            for (int y = 0; y < n; y++) {
                sharedTargets[y] += w2[k] * row[y];
            }
        }
        x[17] = sharedTargets;
        double[] smooth = new double[n];
        for (int t = 0; t < n; t++) {
            if (prop[t] != 0) {
                float[] row = skills.ficheSimilarity(t);
                for (int y = 0; y < n; y++) {
                    smooth[y] += prop[t] * row[y];
                }
            }
        }
        x[18] = smooth;
        x[19] = ln(tfidf, 0.01);
        x[20] = ln(x[1], 0.01);
        x[21] = ln(prop, 0.001);
        x[22] = ln(rev, 0.001);
        x[23] = ln(sharedOrigins, 0.001);
        x[24] = ln(sharedTargets, 0.001);
        x[25] = ln(smooth, 0.001);
        x[26] = ln(sibling, 0.001);
        double[] coTargets = new double[n];
        for (int t = 0; t < n; t++) {
            if (prop[t] != 0) {
                float[] row = graph.inCos[t];
                for (int y = 0; y < n; y++) {
                    coTargets[y] += prop[t] * row[y];
                }
            }
        }
        x[27] = coTargets;
        x[28] = ln(coTargets, 0.001);
        double[] originFull = new double[n];
        for (int k = 0; k < top.length; k++) {
            float[] row = skills.ficheSimilarity(top[k]);
            for (int y = 0; y < n; y++) {
                originFull[y] += w[k] * row[y];
            }
        }
        x[29] = originFull;
        x[30] = ln(originFull, 0.01);
        // the passerelles of similar fiches, spread over their parent groups (a sub-fiche stands for its siblings)
        java.util.Map<String, Double> byGroup = new java.util.HashMap<>();
        for (int t = 0; t < n; t++) {
            if (prop[t] != 0) {
                byGroup.merge(fiches.get(t).parentCode(), prop[t], Double::sum);
            }
        }
        double[] group = new double[n];
        for (int y = 0; y < n; y++) {
            Double g = byGroup.get(fiches.get(y).parentCode());
            group[y] = g == null ? 0 : g / groupSize.get(fiches.get(y).parentCode());
        }
        x[31] = group;
        x[32] = ln(group, 0.001);
        x[33] = product(x[5], x[9]);
        x[34] = product(x[5], x[12]);
        x[35] = product(x[25], x[19]);
        x[36] = product(x[12], x[25]);
        x[37] = product(x[10], x[11]);
        x[38] = product(x[5], x[30]);
        x[39] = product(x[12], x[23]);
        x[40] = product(x[5], x[6]);
        x[41] = product(x[30], x[25]);
        x[42] = product(x[5], x[23]);
        x[43] = product(x[15], x[30]);
        x[44] = product(x[12], x[20]);
        x[45] = product(x[5], x[32]);
        return x;
    }

    private static double[] product(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] * b[i];
        }
        return r;
    }

    private static double[] ln(double[] v, double eps) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = Math.log(v[i] + eps);
        }
        return r;
    }

    /** Indexes of the k highest scores (restricted to the allowed fiches), best first, ties by index. */
    static int[] topK(double[] score, int k, boolean[] allowed) {
        Integer[] idx = new Integer[score.length];
        int m = 0;
        for (int i = 0; i < score.length; i++) {
            if (allowed == null || allowed[i]) {
                idx[m++] = i;
            }
        }
        Integer[] c = Arrays.copyOf(idx, m);
        Arrays.sort(c, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        int len = Math.min(k, m);
        int[] r = new int[len];
        for (int i = 0; i < len; i++) {
            r[i] = c[i];
        }
        return r;
    }

    private static double[] softmax(double[] score, int[] idx) {
        double[] w = new double[idx.length];
        if (idx.length == 0) {
            return w;
        }
        double max = score[idx[0]];
        double sum = 0;
        for (int k = 0; k < idx.length; k++) {
            w[k] = Math.exp(SHARPNESS * (score[idx[k]] - max));
            sum += w[k];
        }
        for (int k = 0; k < idx.length; k++) {
            w[k] /= sum;
        }
        return w;
    }
}
