package fr.passerelle.matching.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the skills alone say, independent of the passerelles: IDF of each skill item over the 1,584 fiches, the
 * TF-IDF cosine of a skill set with each fiche (the baseline), the same at the macro-compétence level, and three
 * fiche–fiche similarities precomputed once (skill items, NAF sectors).
 */
public final class SkillIndex {

    private final RomeData data;
    private final int n;
    private final Map<Integer, Double> idf = new HashMap<>();
    private final Map<Integer, int[]> postings = new HashMap<>();
    private final double[] norm;
    private final Map<Integer, Double> macroIdf = new HashMap<>();
    private final Map<Integer, int[]> macroPostings = new HashMap<>();
    private final double[] macroNorm;
    private final double[] coreIdfSum;
    private final int[][] core;
    private final float[][] ficheSimilarity;  // TF-IDF cosine of the full item sets, 0 on the diagonal
    private final float[][] nafSimilarity;    // cosine of NAF sector sets (sector 0 "transverse" ignored)

    public SkillIndex(RomeData data) {
        this.data = data;
        this.n = data.size();
        Map<Integer, List<Integer>> post = new HashMap<>();
        Map<Integer, List<Integer>> macroPost = new HashMap<>();
        for (int f = 0; f < n; f++) {
            java.util.Set<Integer> macros = new java.util.TreeSet<>();
            for (int item : data.items(f)) {
                post.computeIfAbsent(item, k -> new ArrayList<>()).add(f);
                Integer m = data.macroOf(item);
                if (m != null) {
                    macros.add(m);
                }
            }
            for (int m : macros) {
                macroPost.computeIfAbsent(m, k -> new ArrayList<>()).add(f);
            }
        }
        post.forEach((item, fs) -> {
            postings.put(item, fs.stream().mapToInt(Integer::intValue).toArray());
            idf.put(item, Math.log((double) n / fs.size()));
        });
        macroPost.forEach((m, fs) -> {
            macroPostings.put(m, fs.stream().mapToInt(Integer::intValue).toArray());
            macroIdf.put(m, Math.log((double) n / fs.size()));
        });
        norm = new double[n];
        macroNorm = new double[n];
        coreIdfSum = new double[n];
        core = new int[n][];
        postings.forEach((item, fs) -> {
            double w = idf.get(item);
            for (int f : fs) {
                norm[f] += w * w;
            }
        });
        macroPostings.forEach((m, fs) -> {
            double w = macroIdf.get(m);
            for (int f : fs) {
                macroNorm[f] += w * w;
            }
        });
        for (int f = 0; f < n; f++) {
            norm[f] = Math.sqrt(norm[f]);
            macroNorm[f] = Math.sqrt(macroNorm[f]);
            core[f] = data.coreItems(f).stream().mapToInt(Integer::intValue).toArray();
            for (int item : core[f]) {
                coreIdfSum[f] += idf.get(item);
            }
        }
        ficheSimilarity = new float[n][n];
        for (int f = 0; f < n; f++) {
            double[] acc = new double[n];
            for (int item : data.items(f)) {
                double w = idf.get(item);
                for (int g : postings.get(item)) {
                    acc[g] += w * w;
                }
            }
            for (int g = 0; g < n; g++) {
                double d = norm[f] * norm[g];
                ficheSimilarity[f][g] = g == f || d == 0 ? 0f : (float) (acc[g] / d);
            }
        }
        nafSimilarity = new float[n][n];
        int[][] sectors = new int[n][];
        for (int f = 0; f < n; f++) {
            sectors[f] = java.util.Arrays.stream(data.fiches().get(f).nafSectors()).filter(s -> s != 0).toArray();
        }
        for (int f = 0; f < n; f++) {
            int[] a = sectors[f];
            for (int g = 0; g < n; g++) {
                int[] b = sectors[g];
                if (a.length == 0 || b.length == 0) {
                    continue;
                }
                int common = 0;
                for (int i = 0, j = 0; i < a.length && j < b.length; ) {
                    if (a[i] == b[j]) {
                        common++;
                        i++;
                        j++;
                    } else if (a[i] < b[j]) {
                        i++;
                    } else {
                        j++;
                    }
                }
                nafSimilarity[f][g] = (float) (common / Math.sqrt((double) a.length * b.length));
            }
        }
    }

    /** The known skill items of a query, each once; unknown codes are ignored. */
    public int[] known(Collection<Integer> query) {
        return query.stream().filter(i -> i != null && idf.containsKey(i)).mapToInt(Integer::intValue).distinct()
                .sorted().toArray();
    }

    /** TF-IDF cosine (binary item weights times IDF) of the query with every fiche: the baseline. */
    public double[] tfidf(int[] query) {
        double[] s = new double[n];
        double qn = 0;
        for (int item : query) {
            double w = idf.get(item);
            qn += w * w;
            for (int f : postings.get(item)) {
                s[f] += w * w;
            }
        }
        if (qn == 0) {
            return s;
        }
        qn = Math.sqrt(qn);
        for (int f = 0; f < n; f++) {
            s[f] = norm[f] == 0 ? 0 : s[f] / (qn * norm[f]);
        }
        return s;
    }

    /** The same cosine at the macro-compétence level (a compétence stands for its macro-compétence). */
    public double[] macro(int[] query) {
        java.util.Set<Integer> macros = new java.util.TreeSet<>();
        for (int item : query) {
            Integer m = data.macroOf(item);
            if (m != null && macroIdf.containsKey(m)) {
                macros.add(m);
            }
        }
        double[] s = new double[n];
        double qn = 0;
        for (int m : macros) {
            double w = macroIdf.get(m);
            qn += w * w;
            for (int f : macroPostings.get(m)) {
                s[f] += w * w;
            }
        }
        if (qn == 0) {
            return s;
        }
        qn = Math.sqrt(qn);
        for (int f = 0; f < n; f++) {
            s[f] = macroNorm[f] == 0 ? 0 : s[f] / (qn * macroNorm[f]);
        }
        return s;
    }

    /** Share of each fiche's "cœur de métier" (IDF-weighted) that the query covers. */
    public double[] coreCoverage(int[] query) {
        double[] s = new double[n];
        for (int f = 0; f < n; f++) {
            if (coreIdfSum[f] == 0) {
                continue;
            }
            double c = 0;
            for (int item : core[f]) {
                if (java.util.Arrays.binarySearch(query, item) >= 0) {
                    c += idf.get(item);
                }
            }
            s[f] = c / coreIdfSum[f];
        }
        return s;
    }

    public double idf(int item) {
        return idf.getOrDefault(item, 0.0);
    }

    float[] ficheSimilarity(int f) {
        return ficheSimilarity[f];
    }

    float[] nafSimilarity(int f) {
        return nafSimilarity[f];
    }
}
