package fr.passerelle.planning.solver;

import java.util.Arrays;

/**
 * Exact seat allocation for a fixed set of open sessions with the budget lines priced: a max-value
 * flow source → candidate → session → sink (successive shortest paths, Dijkstra with potentials),
 * where a pair is worth {@code value − λ(line) × cost}, a session takes at most its capacity and its
 * first {@code min} seats carry a large bonus, so every open session reaches its minimum cohort when
 * it can. For fixed λ the flow is integral; {@link #allocate} searches λ per line (bisection, a few
 * rounds over the lines) for the smallest prices at which each line's spend fits.
 *
 * <p>Pinned candidates keep their assignment: their seats and money are taken out first.
 */
final class FlowAllocator {

    private static final long BIG = 1L << 40;
    static final boolean DEBUG = System.getenv("FLOW_DEBUG") != null;

    private final CohortEngine e;
    private final int nodes;
    private final int src;
    private final int sink;
    // arcs in pairs: 2k forward, 2k+1 backward
    private int[] to;
    private int[] nextArc;
    private int[] capInit;
    private int[] cap;
    private long[] cost;
    private int arcCount;
    private final int[] firstArc;
    /** Forward arc of each option (candidate → session), -1 when its session is closed. */
    private final int[] optArc;
    private final long[] pot;
    private final long[] dist;
    private final int[] parentArc;
    private final int[] heap;
    private final int[] heapPos;
    private final int[] doneStamp;
    private final int[] seenStamp;
    private int stamp;
    private final int[] resCap;
    private final int[] resMin;
    /** Number of Dijkstra runs, for tuning. */
    long paths;

    FlowAllocator(CohortEngine e, boolean[] open) {
        this.e = e;
        int nC = e.nC;
        int nS = e.nS;
        nodes = nC + nS + 2;
        src = 0;
        sink = nodes - 1;
        firstArc = new int[nodes];
        Arrays.fill(firstArc, -1);
        int guess = 2 * (nC + 2 * nS + e.optSess.length);
        to = new int[guess];
        nextArc = new int[guess];
        capInit = new int[guess];
        cost = new long[guess];
        optArc = new int[e.optSess.length];
        Arrays.fill(optArc, -1);
        resCap = new int[nS];
        resMin = new int[nS];
        for (int s = 0; s < nS; s++) {
            resCap[s] = Math.max(0, e.cap[s] - e.pinnedCnt[s]);
            resMin[s] = e.pinnedCnt[s] > 0 ? 0 : Math.max(0, e.min[s] - e.pinnedCnt[s]);
        }
        for (int c = 0; c < nC; c++) {
            if (e.pinned[c]) {
                continue;
            }
            boolean any = false;
            for (int o = e.optStart[c]; o < e.optStart[c + 1]; o++) {
                int s = e.optSess[o];
                if (open[s] && resCap[s] > 0) {
                    optArc[o] = addArc(1 + c, 1 + nC + s, 1);
                    any = true;
                }
            }
            if (any) {
                addArc(src, 1 + c, 1);
            }
        }
        for (int s = 0; s < nS; s++) {
            if (!open[s] || resCap[s] == 0) {
                continue;
            }
            int m = Math.min(resMin[s], resCap[s]);
            if (m > 0) {
                int a = addArc(1 + nC + s, sink, m);
                cost[a] = -BIG;
                cost[a ^ 1] = BIG;
            }
            if (resCap[s] > m) {
                addArc(1 + nC + s, sink, resCap[s] - m);
            }
        }
        cap = new int[arcCount];
        pot = new long[nodes];
        dist = new long[nodes];
        parentArc = new int[nodes];
        heap = new int[nodes];
        heapPos = new int[nodes];
        doneStamp = new int[nodes];
        seenStamp = new int[nodes];
    }

    private int addArc(int u, int v, int capacity) {
        if (arcCount + 2 > to.length) {
            int n = to.length * 2;
            to = Arrays.copyOf(to, n);
            nextArc = Arrays.copyOf(nextArc, n);
            capInit = Arrays.copyOf(capInit, n);
            cost = Arrays.copyOf(cost, n);
        }
        int a = arcCount;
        to[a] = v;
        capInit[a] = capacity;
        nextArc[a] = firstArc[u];
        firstArc[u] = a;
        to[a + 1] = u;
        capInit[a + 1] = 0;
        nextArc[a + 1] = firstArc[v];
        firstArc[v] = a + 1;
        arcCount += 2;
        return a;
    }

    /**
     * Max-value flow with the given prices; returns the option of each unpinned candidate (-1 = none),
     * pinned candidates get their current option. Null when the deadline passed.
     */
    int[] flow(double[] lambda, long deadlineNanos) {
        int nC = e.nC;
        for (int o = 0; o < optArc.length; o++) {
            int a = optArc[o];
            if (a >= 0) {
                int s = e.optSess[o];
                long c = -Math.round(e.optVal[o] - lambda[e.line[s]] * e.cost[s]);
                cost[a] = c;
                cost[a ^ 1] = -c;
            }
        }
        System.arraycopy(capInit, 0, cap, 0, arcCount);
        // initial potentials: shortest distances in the DAG source → candidates → sessions → sink
        Arrays.fill(pot, 0);
        long[] sessPot = new long[e.nS];
        Arrays.fill(sessPot, Long.MAX_VALUE);
        for (int o = 0; o < optArc.length; o++) {
            int a = optArc[o];
            if (a >= 0) {
                int s = e.optSess[o];
                sessPot[s] = Math.min(sessPot[s], cost[a]);
            }
        }
        long sinkPot = Long.MAX_VALUE;
        for (int s = 0; s < e.nS; s++) {
            int v = 1 + nC + s;
            pot[v] = sessPot[s] == Long.MAX_VALUE ? 0 : sessPot[s];
            if (sessPot[s] == Long.MAX_VALUE) {
                continue;
            }
            for (int a = firstArc[v]; a >= 0; a = nextArc[a]) {
                if (to[a] == sink && cap[a] > 0) {
                    sinkPot = Math.min(sinkPot, pot[v] + cost[a]);
                }
            }
        }
        pot[sink] = sinkPot == Long.MAX_VALUE ? 0 : sinkPot;
        for (int it = 0;; it++) {
            if ((it & 63) == 0 && e.pastDeadline(deadlineNanos)) {
                return null;
            }
            paths++;
            if (!dijkstra()) {
                break;
            }
            long pathCost = dist[sink] + pot[sink] - pot[src];
            if (pathCost >= 0) {
                break;
            }
            long ds = dist[sink];
            // potentials: finalised nodes by their distance, the others by the sink's
            for (int v = 0; v < nodes; v++) {
                pot[v] += doneStamp[v] == stampDone ? Math.min(dist[v], ds) : ds;
            }
            for (int v = sink; v != src;) {
                int a = parentArc[v];
                cap[a]--;
                cap[a ^ 1]++;
                v = to[a ^ 1];
            }
        }
        int[] asg = new int[nC];
        for (int c = 0; c < nC; c++) {
            asg[c] = e.pinned[c] ? e.asg[c] : -1;
        }
        for (int o = 0; o < optArc.length; o++) {
            int a = optArc[o];
            if (a >= 0 && cap[a] == 0) {
                asg[e.optCand[o]] = o;
            }
        }
        return asg;
    }

    private int stampDone;
    private int heapSize;

    /** Dijkstra on reduced costs from the source until the sink is settled; false when it is unreachable. */
    private boolean dijkstra() {
        stampDone = ++stamp;
        heapSize = 0;
        dist[src] = 0;
        seenStamp[src] = stampDone;
        push(src);
        while (heapSize > 0) {
            int u = pop();
            doneStamp[u] = stampDone;
            if (u == sink) {
                return true;
            }
            long du = dist[u];
            long pu = pot[u];
            for (int a = firstArc[u]; a >= 0; a = nextArc[a]) {
                if (cap[a] <= 0) {
                    continue;
                }
                int v = to[a];
                if (doneStamp[v] == stampDone) {
                    continue;
                }
                long nd = du + cost[a] + pu - pot[v];
                if (seenStamp[v] != stampDone) {
                    seenStamp[v] = stampDone;
                    dist[v] = nd;
                    parentArc[v] = a;
                    push(v);
                } else if (nd < dist[v]) {
                    dist[v] = nd;
                    parentArc[v] = a;
                    up(heapPos[v]);
                }
            }
        }
        return false;
    }

    private void push(int v) {
        heap[heapSize] = v;
        heapPos[v] = heapSize;
        heapSize++;
        up(heapSize - 1);
    }

    private int pop() {
        int top = heap[0];
        heapSize--;
        if (heapSize > 0) {
            heap[0] = heap[heapSize];
            heapPos[heap[0]] = 0;
            down(0);
        }
        return top;
    }

    private void up(int i) {
        int v = heap[i];
        long d = dist[v];
        while (i > 0) {
            int p = (i - 1) >> 1;
            int pv = heap[p];
            if (dist[pv] <= d) {
                break;
            }
            heap[i] = pv;
            heapPos[pv] = i;
            i = p;
        }
        heap[i] = v;
        heapPos[v] = i;
    }

    private void down(int i) {
        int v = heap[i];
        long d = dist[v];
        while (true) {
            int l = 2 * i + 1;
            if (l >= heapSize) {
                break;
            }
            int r = l + 1;
            int c = r < heapSize && dist[heap[r]] < dist[heap[l]] ? r : l;
            if (dist[heap[c]] >= d) {
                break;
            }
            heap[i] = heap[c];
            heapPos[heap[i]] = i;
            i = c;
        }
        heap[i] = v;
        heapPos[v] = i;
    }

    /** Spend per line of an assignment (pinned included). */
    long[] spend(int[] asg) {
        long[] sp = new long[e.nL];
        for (int c = 0; c < e.nC; c++) {
            if (asg[c] >= 0) {
                int s = e.optSess[asg[c]];
                sp[e.line[s]] += e.cost[s];
            }
        }
        return sp;
    }

    /**
     * Price search on the budget lines: a joint bisection, each line's price bracketed around the start
     * and halved on the sign of {@code budget − spend} (the Lagrangian dual's slope) after every flow, all
     * lines at once (one flow informs every line); a bound that keeps its sign is widened. Every flow's
     * assignment is handed to {@code out}, which repairs and scores it.
     *
     * @return the prices reached (the upper ends of the brackets: where the lines fit)
     */
    double[] search(double[] start, int steps, long deadlineNanos, java.util.function.Consumer<int[]> out) {
        int nL = e.nL;
        double[] hiMax = new double[nL];
        for (int o = 0; o < e.optSess.length; o++) {
            int s = e.optSess[o];
            if (e.cost[s] > 0) {
                hiMax[e.line[s]] = Math.max(hiMax[e.line[s]], (double) e.optVal[o] / e.cost[s] * 1.0001);
            }
        }
        double[] lo = new double[nL];
        double[] hi = new double[nL];
        boolean[] loSeen = new boolean[nL];
        boolean[] hiSeen = new boolean[nL];
        double[] lambda = new double[nL];
        for (int l = 0; l < nL; l++) {
            double x = start[l] > 0 ? Math.min(start[l], hiMax[l]) : hiMax[l] / 4;
            lambda[l] = x;
            lo[l] = x / 2;
            hi[l] = Math.min(hiMax[l], x * 2);
        }
        for (int k = 0; k < steps; k++) {
            int[] a = flow(lambda, deadlineNanos);
            flows++;
            if (a == null) {
                break;
            }
            long[] sp = spend(a);
            if (DEBUG) {
                System.err.printf("  k%d lambda %s spend %s budget %s%n", k, Arrays.toString(lambda),
                        Arrays.toString(sp), Arrays.toString(e.budget));
            }
            out.accept(a);
            for (int l = 0; l < nL; l++) {
                if (sp[l] <= e.budget[l]) {
                    hi[l] = lambda[l];
                    hiSeen[l] = true;
                    if (!loSeen[l]) {
                        lo[l] = lo[l] / 2;
                    }
                } else {
                    lo[l] = lambda[l];
                    loSeen[l] = true;
                    if (!hiSeen[l]) {
                        hi[l] = Math.min(hiMax[l], Math.max(hi[l], lambda[l]) * 2);
                    }
                }
                lambda[l] = (lo[l] + hi[l]) / 2;
            }
        }
        return hi;
    }

    int flows;

    boolean fits(int[] asg) {
        long[] sp = spend(asg);
        for (int l = 0; l < e.nL; l++) {
            if (sp[l] > Math.max(e.budget[l], e.pinnedSpend[l])) {
                return false;
            }
        }
        return true;
    }
}
