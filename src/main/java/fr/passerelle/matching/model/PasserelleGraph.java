package fr.passerelle.matching.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the known passerelles teach, counted once at start-up from the rows given (the shipped file, or only the
 * training origins during evaluation): each fiche's targets and origins, how popular a fiche is as a destination,
 * how often a domaine professionnel leads to another domaine or to a given fiche, and fiche–fiche similarity by
 * shared origins and by shared targets.
 */
public final class PasserelleGraph {

    final int n;
    final int[][] out;
    final int[][] in;
    final boolean[] hasOut;
    final int[] dp;
    final int[] gd;
    final int nDp;
    final int[] dpSize;
    final double[][] dpPairLog;     // ln P(domaine of target | domaine of origin) / size of the target domaine
    final double[][] dpTargetLog;   // ln P(target fiche | domaine of origin)
    final double[][] gdTargetLog;   // ln P(target fiche | grand domaine of origin)
    final float[][] inCos;          // cosine of the origin sets
    final float[][] outCos;         // cosine of the target sets
    final int[][] siblingsWithOut;  // per fiche: the fiches of its parent group that have known targets
    private final int edges;

    public PasserelleGraph(RomeData data, Collection<RomeData.Passerelle> passerelles) {
        n = data.size();
        List<Set<Integer>> o = new ArrayList<>();
        List<Set<Integer>> i = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            o.add(new LinkedHashSet<>());
            i.add(new LinkedHashSet<>());
        }
        int count = 0;
        for (RomeData.Passerelle p : passerelles) {
            int a = data.fiche(p.origin()).index();
            int b = data.fiche(p.target()).index();
            if (a != b && o.get(a).add(b)) {
                i.get(b).add(a);
                count++;
            }
        }
        edges = count;
        out = new int[n][];
        in = new int[n][];
        hasOut = new boolean[n];
        for (int f = 0; f < n; f++) {
            out[f] = o.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
            in[f] = i.get(f).stream().mapToInt(Integer::intValue).sorted().toArray();
            hasOut[f] = out[f].length > 0;
        }

        Map<String, Integer> dpIds = new HashMap<>();
        Map<String, Integer> gdIds = new HashMap<>();
        dp = new int[n];
        gd = new int[n];
        for (RomeData.Fiche f : data.fiches()) {
            dp[f.index()] = dpIds.computeIfAbsent(f.domaine(), k -> dpIds.size());
            gd[f.index()] = gdIds.computeIfAbsent(f.grandDomaine(), k -> gdIds.size());
        }
        nDp = dpIds.size();
        int nGd = gdIds.size();
        dpSize = new int[nDp];
        for (int f = 0; f < n; f++) {
            dpSize[dp[f]]++;
        }
        double[][] pair = new double[nDp][nDp];
        double[][] dpT = new double[nDp][n];
        double[][] gdT = new double[nGd][n];
        for (int a = 0; a < n; a++) {
            for (int b : out[a]) {
                pair[dp[a]][dp[b]]++;
                dpT[dp[a]][b]++;
                gdT[gd[a]][b]++;
            }
        }
        dpPairLog = new double[nDp][nDp];
        for (int x = 0; x < nDp; x++) {
            double row = sum(pair[x]);
            for (int y = 0; y < nDp; y++) {
                dpPairLog[x][y] = Math.log((pair[x][y] + 0.1) / (row + 0.1 * nDp) / dpSize[y]);
            }
        }
        dpTargetLog = targetLog(dpT);
        gdTargetLog = targetLog(gdT);
        inCos = cosine(in);
        outCos = cosine(out);

        Map<String, List<Integer>> groups = new HashMap<>();
        for (RomeData.Fiche f : data.fiches()) {
            if (hasOut[f.index()]) {
                groups.computeIfAbsent(f.parentCode(), k -> new ArrayList<>()).add(f.index());
            }
        }
        siblingsWithOut = new int[n][];
        for (RomeData.Fiche f : data.fiches()) {
            siblingsWithOut[f.index()] = groups.getOrDefault(f.parentCode(), List.of()).stream()
                    .mapToInt(Integer::intValue).toArray();
        }
    }

    private double[][] targetLog(double[][] counts) {
        double[][] r = new double[counts.length][n];
        for (int x = 0; x < counts.length; x++) {
            double row = sum(counts[x]);
            for (int y = 0; y < n; y++) {
                r[x][y] = Math.log((counts[x][y] + 0.05) / (row + 1));
            }
        }
        return r;
    }

    /** Cosine of binary neighbour sets, through the inverted lists (pairs sharing a neighbour only). */
    private float[][] cosine(int[][] sets) {
        List<List<Integer>> inverted = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            inverted.add(new ArrayList<>());
        }
        for (int f = 0; f < n; f++) {
            for (int x : sets[f]) {
                inverted.get(x).add(f);
            }
        }
        float[][] c = new float[n][n];
        for (List<Integer> members : inverted) {
            for (int a : members) {
                for (int b : members) {
                    c[a][b]++;
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (c[a][b] != 0) {
                    c[a][b] /= (float) Math.sqrt((double) sets[a].length * sets[b].length);
                }
            }
        }
        return c;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** The targets listed for a fiche (empty when its passerelles are not known). */
    public int[] targets(int fiche) {
        return out[fiche];
    }

    public int edgeCount() {
        return edges;
    }
}
