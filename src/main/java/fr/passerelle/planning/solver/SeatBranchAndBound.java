package fr.passerelle.planning.solver;

/**
 * Exact seat allocation for a fixed set of open sessions (round 7): who takes which seat when the sessions that
 * run are chosen, under capacity, minimum cohort and every budget line, maximising the engine's objective.
 *
 * <p>Why: for a fixed open set the problem is a flow (people to seats) with one side constraint per budget line.
 * Its LP relaxation is almost integral (1-7 fractional pairs on 500-candidate instances) but the priced flow and the
 * exchange walks still ended 1-25 points short of the integer optimum on most generated instances, even with the
 * optimum's open set. A branch and bound on that LP (best-first with plunging, after reduced-cost fixing) closes the
 * gap, in 0.3-1.3 s on most of those sets. The same tableau, holding every session, also serves an exact local search
 * over open sets ({@link #openSetSearch}).
 *
 * <p>The LP is kept as a dense tableau and solved by a bounded dual simplex: every pair starts at its upper bound
 * (reduced cost = -value, so the start is dual feasible), branching only changes bounds, and a node re-optimises
 * from its parent's basis. Rows: one per person with two or more open options (at most one seat), one per open
 * session (between its minimum and its capacity, pinned trainees deducted), one per budget line (scaled to its
 * largest cost). Only instances whose tableau fits {@link #MAX_TABLEAU_ENTRIES} are solved.
 */
final class SeatBranchAndBound {

    static final long MAX_TABLEAU_ENTRIES = 6_000_000L;
    private static final double PRIMAL_TOL = 1e-7;
    private static final double DUAL_TOL = 1e-9;
    private static final double PIVOT_TOL = 1e-9;
    private static final double INT_TOL = 1e-6;

    private final CohortEngine e;
    private final int n; // pair columns; slack of row i is column n + i
    private final int m;
    private final int cols;
    private final int[] colOpt;
    private final double[][] t;
    private final double[] cost;
    private final double[] lb;
    private final double[] ub;
    private final double[] value; // value of nonbasic columns (basic ones: xB)
    private final double[] xB;
    private final double[] d;
    private final int[] basis;
    private final int[] rowOf; // row of a basic column, -1 when nonbasic
    private final int[] nz;
    private final int sessionRowStart;
    private final int lineRowStart;
    private final int[] forced;
    /** Objectives move in multiples of this (engine scale): a node must promise the best plus one step. */
    private final long step;
    /** Value of the forced pairs minus the empty-seat penalties of full absence, engine scale. */
    private double constant;
    private final boolean[] open;
    private final int[] sessionCol;
    private final int[] sessionRoom;
    private final int[] sessionLeast;
    private long iterations;
    private long deadlineNanos;
    private boolean aborted;
    long nodes;
    /** Best objective found (the engine's scale); starts at the incumbent's. */
    private long best;
    private int[] bestAssignment;

    /**
     * @param forced per person: the option they keep (pinned, or fixed by the root's reduced costs), -1 for none
     * @param pairs the free pair columns (option indices): people not forced, sessions in the model
     * @param inModel sessions with a row: the open ones, and the closed ones that may open (their count fixed at 0)
     */
    private SeatBranchAndBound(CohortEngine e, boolean[] inModel, boolean[] open, int[] forced, int[] pairs,
            int nPairs, int[] rowOfCand, int candRows) {
        this.e = e;
        this.forced = forced;
        this.n = nPairs;
        this.open = open.clone();
        int sessionRows = 0;
        this.sessionCol = new int[e.nS];
        this.sessionRoom = new int[e.nS];
        this.sessionLeast = new int[e.nS];
        int[] rowOfSession = new int[e.nS];
        for (int s = 0; s < e.nS; s++) {
            rowOfSession[s] = inModel[s] ? candRows + sessionRows++ : -1;
            sessionCol[s] = inModel[s] ? nPairs + rowOfSession[s] : -1;
        }
        int lineRow = candRows + sessionRows;
        this.sessionRowStart = candRows;
        this.lineRowStart = lineRow;
        this.m = lineRow + e.nL;
        this.cols = n + m;
        this.colOpt = java.util.Arrays.copyOf(pairs, n);
        this.t = new double[m][cols];
        this.cost = new double[cols];
        this.lb = new double[cols];
        this.ub = new double[cols];
        this.value = new double[cols];
        this.xB = new double[m];
        this.d = new double[cols];
        this.basis = new int[m];
        this.rowOf = new int[cols];
        this.nz = new int[cols];
        int[] forcedCnt = new int[e.nS];
        long[] forcedSpend = new long[e.nL];
        for (int c = 0; c < e.nC; c++) {
            if (forced[c] >= 0) {
                int s = e.optSess[forced[c]];
                forcedCnt[s]++;
                forcedSpend[e.line[s]] += e.cost[s];
            }
        }
        double[] rhs = new double[m];
        double[] lineScale = new double[e.nL];
        for (int s = 0; s < e.nS; s++) {
            if (inModel[s]) {
                lineScale[e.line[s]] = Math.max(lineScale[e.line[s]], e.cost[s]);
            }
        }
        for (int l = 0; l < e.nL; l++) {
            lineScale[l] = Math.max(1, lineScale[l]);
            rhs[lineRow + l] = (e.budget[l] - forcedSpend[l]) / lineScale[l];
            ub[n + lineRow + l] = Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < candRows; i++) {
            rhs[i] = 1;
            ub[n + i] = 1;
        }
        for (int s = 0; s < e.nS; s++) {
            if (inModel[s]) {
                int room = Math.max(0, e.cap[s] - forcedCnt[s]);
                int least = Math.min(room, Math.max(0, e.min[s] - forcedCnt[s]));
                if (e.cnt[s] > 0 && e.cnt[s] < e.min[s]) {
                    // held below its minimum by pinned trainees only (allowed for pins): it stays as it is
                    room = 0;
                    least = 0;
                }
                rhs[rowOfSession[s]] = room;
                sessionRoom[s] = room;
                sessionLeast[s] = least;
                // the slack is the room left: an open session keeps room - least at most, a closed one all of it
                lb[sessionCol[s]] = open[s] ? 0 : room;
                ub[sessionCol[s]] = open[s] ? room - least : room;
            }
        }
        long g = 0;
        for (int j = 0; j < n; j++) {
            int o = colOpt[j];
            int c = e.optCand[o];
            int s = e.optSess[o];
            if (rowOfCand[c] >= 0) {
                t[rowOfCand[c]][j] = 1;
            }
            t[rowOfSession[s]][j] = 1;
            t[lineRow + e.line[s]][j] = e.cost[s] / lineScale[e.line[s]];
            // the empty-seat penalty is linear in a running session's trainees: folded into each pair
            long pairValue = e.optVal[o] + e.emptySeat[s];
            cost[j] = -pairValue / 1000.0;
            ub[j] = 1;
            value[j] = cost[j] < 0 ? 1 : 0;
            d[j] = cost[j];
            rowOf[j] = -1;
        }
        long fixedPart = 0;
        for (int c = 0; c < e.nC; c++) {
            if (forced[c] >= 0) {
                fixedPart += e.optVal[forced[c]] + e.emptySeat[e.optSess[forced[c]]];
            }
        }
        for (int s = 0; s < e.nS; s++) {
            if (open[s]) {
                fixedPart -= e.emptySeat[s] * e.cap[s];
            }
        }
        this.constant = fixedPart;

        // every plan's objective is a multiple of the gcd of all option values and seat penalties (10 with
        // one-decimal priorities and scores): a node must promise the best plus that step. (Of all options, not only
        // the free pairs: the best plan found may use options this tableau has fixed.)
        for (int o = 0; o < e.optVal.length; o++) {
            g = CohortEngine.gcd(g, Math.abs(e.optVal[o]));
        }
        for (int s = 0; s < e.nS; s++) {
            g = CohortEngine.gcd(g, Math.abs(e.emptySeat[s]));
        }
        this.step = Math.max(1, g);
        for (int i = 0; i < m; i++) {
            t[i][n + i] = 1;
            basis[i] = n + i;
            rowOf[n + i] = i;
            double x = rhs[i];
            for (int j = 0; j < n; j++) {
                x -= t[i][j] * value[j];
            }
            xB[i] = x;
        }
    }

    /**
     * Best allocation of the engine's current open sessions (those with trainees), better than the current state;
     * applied to the engine when found. Returns true when the engine improved.
     */
    static boolean improve(CohortEngine e, long deadlineNanos, Stats stats) {
        return improve(e, deadlineNanos, stats, e.obj);
    }

    /** As {@link #improve(CohortEngine, long, Stats)}, looking only for allocations above {@code cutoff}. */
    static boolean improve(CohortEngine e, long deadlineNanos, Stats stats, long cutoff) {
        boolean[] open = new boolean[e.nS];
        for (int s = 0; s < e.nS; s++) {
            open[s] = e.cnt[s] > 0;
        }
        return improve(e, open, deadlineNanos, stats, cutoff);
    }

    private static boolean improve(CohortEngine e, boolean[] open, long deadlineNanos, Stats stats, long cutoff) {
        if (!e.isFeasible()) {
            return false;
        }
        long best = Math.max(cutoff, e.obj);
        int[] forced = new int[e.nC];
        boolean[] excluded = new boolean[e.optSess.length];
        for (int c = 0; c < e.nC; c++) {
            forced[c] = e.pinned[c] ? e.asg[c] : -1;
        }
        SeatBranchAndBound root = build(e, open, forced, excluded);
        if (root == null) {
            return false;
        }
        root.prepare(best, deadlineNanos);
        // root LP, then reduced-cost fixing: a pair whose reduced cost alone takes the LP below the best cannot
        // change in a better allocation, so it is fixed and the tree is searched on a smaller tableau
        SeatBranchAndBound bb = root;
        if (root.dualSimplex() && root.fixByReducedCost(forced, excluded)) {
            SeatBranchAndBound reduced = build(e, open, forced, excluded);
            if (reduced != null) {
                bb = reduced;
                bb.prepare(best, deadlineNanos);
            }
        }
        bb.search();
        if (stats != null) {
            stats.searches++;
            stats.columns += root.n;
            stats.freeColumns += bb.n;
            stats.nodes += bb.nodes;
            stats.iterations += bb.iterations + (bb == root ? 0 : root.iterations);
            stats.aborted |= bb.aborted;
            stats.proven += bb.aborted ? 0 : 1;
        }
        return bb.bestAssignment != null && apply(e, bb.bestAssignment);
    }

    private void prepare(long best, long deadlineNanos) {
        this.best = best;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Local search over the open set with exact seat allocations (round 7): one tableau holds every session, a closed
     * one with its trainee count fixed at 0, so opening or closing a session is a bound change and its LP is
     * re-optimised from the current basis in a few pivots. A neighbour ({@link CohortEngine#rankedOpenSetMoves})
     * whose LP cannot beat the plan is rejected there; the others are searched exactly by decreasing LP bound, and
     * the first better plan is kept. Opens and closes are looked at before the swaps. Until no neighbour improves
     * (the plan is then the best of every open set one move away) or the deadline.
     */
    static boolean openSetSearch(CohortEngine e, long deadlineNanos, Stats stats) {
        if (!e.isFeasible()) {
            return false;
        }
        boolean[] all = new boolean[e.nS];
        boolean[] open = new boolean[e.nS];
        for (int s = 0; s < e.nS; s++) {
            all[s] = true;
            open[s] = e.cnt[s] > 0;
        }
        int[] forced = new int[e.nC];
        for (int c = 0; c < e.nC; c++) {
            forced[c] = e.pinned[c] ? e.asg[c] : -1;
        }
        SeatBranchAndBound bb = build(e, all, open, forced, new boolean[e.optSess.length]);
        if (bb == null) {
            return false;
        }
        long before = e.obj;
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = false;
            // pure opens and closes first, the swaps (most of the neighbours) only when none of those improves
            java.util.List<double[]> moves = e.rankedOpenSetMoves(open);
            java.util.List<double[]> pure = new java.util.ArrayList<>();
            java.util.List<double[]> swaps = new java.util.ArrayList<>();
            for (double[] move : moves) {
                (move[0] >= 0 && move[1] >= 0 ? swaps : pure).add(move);
            }
            for (java.util.List<double[]> tier : java.util.List.of(pure, swaps)) {
                int[] moved = bb.searchNeighbours(e, tier, deadlineNanos, stats);
                if (moved != null) {
                    if (moved[0] >= 0) {
                        open[moved[0]] = false;
                    }
                    if (moved[1] >= 0) {
                        open[moved[1]] = true;
                    }
                    improved = true;
                    break;
                }
            }
        }
        return e.obj > before;
    }

    /**
     * Every neighbour's LP first (a few pivots each): those that cannot beat the plan are out, the others are
     * searched by decreasing LP bound, each with a share of the time left. The move applied, or null.
     */
    private int[] searchNeighbours(CohortEngine e, java.util.List<double[]> moves, long deadlineNanos, Stats stats) {
        java.util.List<double[]> promising = new java.util.ArrayList<>();
        for (double[] move : moves) {
            if (System.nanoTime() >= deadlineNanos) {
                break;
            }
            flip((int) move[0], (int) move[1]);
            prepare(e.obj, deadlineNanos);
            aborted = false;
            long iterationsBefore = iterations;
            if (dualSimplex() && lpValue() >= best + step - 1e-3) {
                promising.add(new double[] {move[0], move[1], lpValue()});
            }
            flip((int) move[1], (int) move[0]);
            if (stats != null) {
                stats.evaluations++;
                stats.iterations += iterations - iterationsBefore;
            }
        }
        promising.sort((x, y) -> Double.compare(y[2], x[2]));
        for (int k = 0; k < promising.size(); k++) {
            long now = System.nanoTime();
            if (now >= deadlineNanos) {
                break;
            }
            int close = (int) promising.get(k)[0];
            int opening = (int) promising.get(k)[1];
            boolean[] next = open.clone();
            if (close >= 0) {
                next[close] = false;
            }
            if (opening >= 0) {
                next[opening] = true;
            }
            // searched on a tableau of its own sessions, most pairs fixed by their reduced costs against the plan
            long share = now + (deadlineNanos - now) / Math.min(3, promising.size() - k);
            if (improve(e, next, share, stats, e.obj)) {
                flip(close, opening);
                return new int[] {close, opening};
            }
        }
        return null;
    }

    /** Closes {@code close} and opens {@code opening} (either may be -1) in the model. */
    private void flip(int close, int opening) {
        if (close >= 0) {
            setOpen(close, false);
        }
        if (opening >= 0) {
            setOpen(opening, true);
        }
    }

    private void setOpen(int s, boolean isOpen) {
        if (open[s] == isOpen) {
            return;
        }
        open[s] = isOpen;
        int col = sessionCol[s];
        setBounds(col, isOpen ? 0 : sessionRoom[s], isOpen ? sessionRoom[s] - sessionLeast[s] : sessionRoom[s]);
        // an open session pays its empty seats (weight 0 in the shared format)
        constant += isOpen ? -e.emptySeat[s] * e.cap[s] : e.emptySeat[s] * e.cap[s];
    }

    /** Puts the allocation into the engine when it is feasible and better there; true when it did. */
    private static boolean apply(CohortEngine e, int[] assignment) {
        int[] before = e.snapshot();
        long beforeObj = e.obj;
        e.restore(assignment);
        if (e.isFeasible() && e.obj > beforeObj) {
            return true;
        }
        e.restore(before);
        return false;
    }

    /**
     * After the root LP: pairs at a bound whose reduced cost exceeds the LP's margin over the best are fixed there
     * (into {@code forced} / {@code excluded}). True when any was fixed.
     */
    private boolean fixByReducedCost(int[] forced, boolean[] excluded) {
        double margin = (lpValue() - best) / 1000.0;
        if (margin < 0) {
            return false;
        }
        boolean any = false;
        for (int j = 0; j < n; j++) {
            if (rowOf[j] >= 0 || Math.abs(d[j]) <= margin + 1e-6) {
                continue;
            }
            int o = colOpt[j];
            if (value[j] > 0.5) {
                forced[e.optCand[o]] = o;
            } else {
                excluded[o] = true;
            }
            any = true;
        }
        return any;
    }

    /** Counters of the searches made, for tuning. */
    static final class Stats {
        /** Searches made, and those that ended (the allocation found, or kept, is the best for its open set). */
        int searches;
        int proven;
        /** Open sets looked at by the open-set search (most rejected by their LP bound). */
        int evaluations;
        long nodes;
        long iterations;
        long columns;
        long freeColumns;
        boolean aborted;

        @Override
        public String toString() {
            return (evaluations > 0 ? evaluations + " open sets, " : "") + searches + " searches (" + proven
                    + " proven), " + nodes + " nodes, " + iterations + " iterations, " + freeColumns + "/" + columns
                    + " pairs free" + (aborted ? ", aborted" : "");
        }
    }

    /** Whether the tableau of the engine's current open set fits {@link #MAX_TABLEAU_ENTRIES}. */
    static boolean fits(CohortEngine e) {
        boolean[] open = new boolean[e.nS];
        for (int s = 0; s < e.nS; s++) {
            open[s] = e.cnt[s] > 0;
        }
        int[] forced = new int[e.nC];
        java.util.Arrays.fill(forced, -1);
        return tableauEntries(e, open, forced, new boolean[e.optSess.length]) <= MAX_TABLEAU_ENTRIES;
    }

    private static long tableauEntries(CohortEngine e, boolean[] open, int[] forced, boolean[] excluded) {
        long pairs = 0;
        long rows = e.nL;
        for (int c = 0; c < e.nC; c++) {
            if (e.pinned[c] || forced[c] >= 0) {
                continue;
            }
            int k = 0;
            for (int o = e.optStart[c]; o < e.optStart[c + 1]; o++) {
                if (open[e.optSess[o]] && !excluded[o]) {
                    k++;
                }
            }
            pairs += k;
            rows += k >= 2 ? 1 : 0;
        }
        for (boolean b : open) {
            rows += b ? 1 : 0;
        }
        return rows * (pairs + rows);
    }

    /** Null when the tableau would be too large. */
    private static SeatBranchAndBound build(CohortEngine e, boolean[] open, int[] forced, boolean[] excluded) {
        return build(e, open, open, forced, excluded);
    }

    private static SeatBranchAndBound build(CohortEngine e, boolean[] inModel, boolean[] open, int[] forced,
            boolean[] excluded) {
        if (tableauEntries(e, inModel, forced, excluded) > MAX_TABLEAU_ENTRIES) {
            return null;
        }
        int[] pairs = new int[e.optSess.length];
        int nPairs = 0;
        int[] rowOfCand = new int[e.nC];
        int candRows = 0;
        for (int c = 0; c < e.nC; c++) {
            rowOfCand[c] = -1;
            if (e.pinned[c] || forced[c] >= 0) {
                continue;
            }
            int k = 0;
            for (int o = e.optStart[c]; o < e.optStart[c + 1]; o++) {
                if (inModel[e.optSess[o]] && !excluded[o]) {
                    pairs[nPairs++] = o;
                    k++;
                }
            }
            if (k >= 2) {
                rowOfCand[c] = candRows++;
            }
        }
        return new SeatBranchAndBound(e, inModel, open, forced.clone(), pairs, nPairs, rowOfCand, candRows);
    }

    // ------------------------------------------------------------------ branch and bound

    /** A node of the tree: its parent's bound changes plus one, and the parent's LP value as its bound. */
    private record Node(Node parent, int col, double lb, double ub, double bound, int depth) {
    }

    /**
     * Best-first search (highest LP bound first, deeper first among equals, so a branch is followed down while it
     * stays the most promising): after the first better allocation is found, only nodes that can still beat it are
     * opened, the fewest any search on this bound can open.
     */
    private void search() {
        double[] originalLb = lb.clone();
        double[] originalUb = ub.clone();
        java.util.PriorityQueue<Node> queue = new java.util.PriorityQueue<>((x, y) -> x.bound != y.bound
                ? Double.compare(y.bound, x.bound) : Integer.compare(y.depth, x.depth));
        queue.add(new Node(null, -1, 0, 0, Double.POSITIVE_INFINITY, 0));
        int[] applied = new int[cols];
        boolean[] seen = new boolean[cols];
        try {
            explore(queue, originalLb, originalUb, applied, seen);
        } finally {
            // the tableau keeps its basis; the bounds go back to the root's
            for (int j = 0; j < cols; j++) {
                if (lb[j] != originalLb[j] || ub[j] != originalUb[j]) {
                    setBounds(j, originalLb[j], originalUb[j]);
                }
            }
        }
    }

    private void explore(java.util.PriorityQueue<Node> queue, double[] originalLb, double[] originalUb, int[] applied,
            boolean[] seen) {
        int appliedCount = 0;
        int[] path = new int[cols];
        Node next = null;
        while (next != null || !queue.isEmpty()) {
            // plunging: a node's nearer child is solved next (one bound away: a few pivots), its other child
            // waits in the queue; when a dive ends, the best node of the queue
            Node node = next != null ? next : queue.poll();
            next = null;
            if (node.bound < best + step - 1e-3) {
                if (queue.isEmpty() || queue.peek().bound < best + step - 1e-3) {
                    break; // every other node is bounded lower still
                }
                continue;
            }
            if (System.nanoTime() > deadlineNanos) {
                aborted = true;
                return;
            }
            nodes++;
            // only the columns whose bounds differ between the last node and this one change
            int pathCount = 0;
            for (Node x = node; x.col >= 0; x = x.parent) {
                if (!seen[x.col]) {
                    seen[x.col] = true;
                    path[pathCount++] = x.col;
                    if (lb[x.col] != x.lb || ub[x.col] != x.ub) {
                        setBounds(x.col, x.lb, x.ub);
                    }
                }
            }
            for (int k = 0; k < appliedCount; k++) {
                int j = applied[k];
                if (!seen[j]) {
                    setBounds(j, originalLb[j], originalUb[j]);
                }
            }
            for (int k = 0; k < pathCount; k++) {
                seen[path[k]] = false;
                applied[k] = path[k];
            }
            appliedCount = pathCount;
            if (!dualSimplex()) {
                if (aborted) {
                    return;
                }
                continue;
            }
            double value = lpValue();
            if (value < best + step - 1e-3) {
                continue;
            }
            int branchCol = branchColumn();
            if (branchCol < 0) {
                recordIntegral();
                continue;
            }
            double v = xB[rowOf[branchCol]];
            double down = Math.floor(v);
            Node up = new Node(node, branchCol, down + 1, ub[branchCol], value, node.depth + 1);
            Node low = new Node(node, branchCol, lb[branchCol], down, value, node.depth + 1);
            boolean upNearer = v - down > 0.5;
            next = upNearer ? up : low;
            queue.add(upNearer ? low : up);
        }
    }

    /**
     * A session's trainee count first (its slack column: the budget rows only see the counts, and with integral
     * counts the rest is a flow), the most fractional; then a pair. -1 when the LP solution is integral.
     */
    private int branchColumn() {
        int branchCol = -1;
        double frac = 0;
        for (int pass = 0; pass < 2 && branchCol < 0; pass++) {
            for (int i = 0; i < m; i++) {
                int j = basis[i];
                boolean eligible = pass == 0 ? j >= n + sessionRowStart && j < n + lineRowStart : j < n;
                if (eligible) {
                    double f = xB[i] - Math.floor(xB[i]);
                    double distance = Math.min(f, 1 - f);
                    if (distance > INT_TOL && distance > frac) {
                        frac = distance;
                        branchCol = j;
                    }
                }
            }
        }
        return branchCol;
    }

    private void recordIntegral() {
        int[] assignment = new int[e.nC];
        for (int c = 0; c < e.nC; c++) {
            assignment[c] = forced[c];
        }
        for (int j = 0; j < n; j++) {
            if (columnValue(j) > 0.5) {
                assignment[e.optCand[colOpt[j]]] = colOpt[j];
            }
        }
        // exact value in the engine's scale (the LP's is rounded)
        long total = 0;
        int[] count = new int[e.nS];
        for (int c = 0; c < e.nC; c++) {
            if (assignment[c] >= 0) {
                total += e.optVal[assignment[c]];
                count[e.optSess[assignment[c]]]++;
            }
        }
        for (int s = 0; s < e.nS; s++) {
            if (count[s] > 0) {
                total -= e.emptySeat[s] * Math.max(0, e.cap[s] - count[s]);
            }
        }
        if (total > best) {
            best = total;
            bestAssignment = assignment;
        }
    }

    private double columnValue(int j) {
        return rowOf[j] >= 0 ? xB[rowOf[j]] : value[j];
    }

    /** The LP's value in the engine's scale, forced pairs and empty-seat penalties included. */
    private double lpValue() {
        double z = 0;
        for (int j = 0; j < n; j++) {
            z += cost[j] * columnValue(j);
        }
        return constant - z * 1000.0;
    }

    /**
     * New bounds of column j. A nonbasic column goes to the bound its reduced cost asks for, so the basis stays dual
     * feasible (branching never touches the budget lines' slacks, the only columns without an upper bound).
     */
    private void setBounds(int j, double newLb, double newUb) {
        lb[j] = newLb;
        ub[j] = newUb;
        if (rowOf[j] < 0) {
            moveNonbasic(j, d[j] < 0 || (d[j] == 0 && value[j] >= newUb) ? newUb : newLb);
        }
    }

    private void moveNonbasic(int j, double to) {
        double delta = to - value[j];
        if (delta != 0) {
            for (int i = 0; i < m; i++) {
                double a = t[i][j];
                if (a != 0) {
                    xB[i] -= a * delta;
                }
            }
            value[j] = to;
        }
    }

    /** Re-optimises from the current basis; false when the node is infeasible or the search was aborted. */
    private boolean dualSimplex() {
        long cutoffCheck = 0;
        while (true) {
            int r = -1;
            double worst = PRIMAL_TOL;
            for (int i = 0; i < m; i++) {
                int j = basis[i];
                double v = xB[i];
                double violation = v < lb[j] ? lb[j] - v : v > ub[j] ? v - ub[j] : 0;
                if (violation > worst) {
                    worst = violation;
                    r = i;
                }
            }
            if (r < 0) {
                return true;
            }
            iterations++;
            if (++cutoffCheck % 32 == 0) {
                // the dual simplex only lowers the LP value: stop as soon as it cannot beat the best
                if (lpValue() < best + step - 1e-3) {
                    return false;
                }
                if (System.nanoTime() > deadlineNanos) {
                    aborted = true;
                    return false;
                }
            }
            int leaving = basis[r];
            boolean toLower = xB[r] < lb[leaving];
            double target = toLower ? lb[leaving] : ub[leaving];
            double[] row = t[r];
            // Harris ratio test: the largest step allowed with a small dual tolerance, then the largest pivot
            double bound = Double.POSITIVE_INFINITY;
            for (int j = 0; j < cols; j++) {
                double a = row[j];
                if (rowOf[j] >= 0 || lb[j] == ub[j] || Math.abs(a) < PIVOT_TOL || !eligible(j, a, toLower)) {
                    continue;
                }
                bound = Math.min(bound, (Math.abs(d[j]) + DUAL_TOL) / Math.abs(a));
            }
            if (bound == Double.POSITIVE_INFINITY) {
                return false; // primal infeasible node
            }
            int q = -1;
            double bestPivot = 0;
            for (int j = 0; j < cols; j++) {
                double a = row[j];
                if (rowOf[j] >= 0 || lb[j] == ub[j] || Math.abs(a) < PIVOT_TOL || !eligible(j, a, toLower)) {
                    continue;
                }
                if (Math.abs(d[j]) / Math.abs(a) <= bound && Math.abs(a) > bestPivot) {
                    bestPivot = Math.abs(a);
                    q = j;
                }
            }
            pivot(r, q, target);
        }
    }

    /** Whether nonbasic column j, moved in its feasible direction, brings row's basic variable toward its bound. */
    private boolean eligible(int j, double a, boolean toLower) {
        boolean atLower = value[j] <= lb[j];
        // the basic variable moves by -a per unit of column j: to rise, j rises with a < 0 or falls with a > 0
        return toLower ? (atLower ? a < 0 : a > 0) : (atLower ? a > 0 : a < 0);
    }

    private void pivot(int r, int q, double target) {
        double[] row = t[r];
        double a = row[q];
        double delta = (xB[r] - target) / a;
        int leaving = basis[r];
        for (int i = 0; i < m; i++) {
            double f = t[i][q];
            if (i != r && f != 0) {
                xB[i] -= f * delta;
            }
        }
        double entering = value[q] + delta;
        value[leaving] = target;
        rowOf[leaving] = -1;
        int k = 0;
        double inv = 1 / a;
        for (int j = 0; j < cols; j++) {
            if (row[j] != 0) {
                row[j] *= inv;
                nz[k++] = j;
            }
        }
        row[q] = 1;
        for (int i = 0; i < m; i++) {
            double[] other = t[i];
            double f = other[q];
            if (i != r && f != 0) {
                for (int x = 0; x < k; x++) {
                    int j = nz[x];
                    other[j] -= f * row[j];
                }
                other[q] = 0;
            }
        }
        double dq = d[q];
        if (dq != 0) {
            for (int x = 0; x < k; x++) {
                int j = nz[x];
                d[j] -= dq * row[j];
            }
        }
        d[q] = 0;
        basis[r] = q;
        rowOf[q] = r;
        xB[r] = entering;
    }
}
