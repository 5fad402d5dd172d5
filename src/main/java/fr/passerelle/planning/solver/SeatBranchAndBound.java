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
    private static final boolean TRACE = System.getenv("PLANNER_TRACE") != null;
    private static final double PRIMAL_TOL = 1e-7;
    private static final double DUAL_TOL = 1e-9;
    private static final double PIVOT_TOL = 1e-9;
    private static final double INT_TOL = 1e-6;
    private static final int ROOT_CUT_ROUNDS = 60;
    private static final int NODE_CUT_ROUNDS = 3;
    private static final int CUTS_PER_ROUND = 20;
    /** Rows kept for cuts in the branch and cut over open sessions. */
    private static final int CUT_CAPACITY = 600;
    /** Node limit of a RINS search. */
    private static final int RINS_NODES = 1000;

    private final CohortEngine e;
    /** Sessions below their minimum with pinned trainees only must be completed (else they stay as they are). */
    private final boolean fillShortPinned;
    private final int n; // pair columns; slack of row i is column n + i
    /** Rows, and columns (n + m); both grow when a cut is added. */
    private int m;
    private int cols;
    /** Rows the tableau has room for: the model's and the cuts'. */
    private final int maxRows;
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
    /** Sessions whose running is decided by the search (branch and cut); the others are open or closed. */
    private final boolean[] free;
    /** Free pair columns of each session, for the cuts and the fixing of sessions ({@link #sessionPairs()}). */
    private int[][] sessionPairs;
    /** Whether a free session has an empty-seat penalty (weight 0 in the shared format). */
    private final boolean freePenalties;
    /** Pairs that already have their cut. */
    private boolean[] cutOf;
    int cuts;
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
    private long bestFoundNanos;
    /** The search stops at its first better plan (the branch and cut then fixes more pairs and starts again). */
    private boolean restartOnImprovement;
    private long nodeLimit = Long.MAX_VALUE;
    /** |reduced cost| of each pair nonbasic at the root (0 when basic, or fixed by the root already), and its LP. */
    private double[] rootReducedCosts;
    private double rootLp;

    /**
     * @param forced per person: the option they keep (pinned, or fixed by the root's reduced costs), -1 for none
     * @param pairs the free pair columns (option indices): people not forced, sessions in the model
     * @param inModel sessions with a row: the open ones, the closed ones that may open (their count fixed at 0), and
     *        the free ones (their count between 0 and their capacity: whether they run is branched on)
     * @param cutCapacity rows kept for cuts
     */
    private SeatBranchAndBound(CohortEngine e, boolean[] inModel, boolean[] open, boolean[] free, int[] forced,
            int[] pairs, int nPairs, int[] rowOfCand, int candRows, int cutCapacity, boolean fillShortPinned) {
        this.e = e;
        this.fillShortPinned = fillShortPinned;
        this.forced = forced;
        this.n = nPairs;
        this.open = open.clone();
        this.free = free.clone();
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
        this.maxRows = m + cutCapacity;
        int maxCols = n + maxRows;
        this.colOpt = java.util.Arrays.copyOf(pairs, n);
        this.t = new double[maxRows][maxCols];
        this.cost = new double[maxCols];
        this.lb = new double[maxCols];
        this.ub = new double[maxCols];
        this.value = new double[maxCols];
        this.xB = new double[maxRows];
        this.d = new double[maxCols];
        this.basis = new int[maxRows];
        this.rowOf = new int[maxCols];
        this.nz = new int[maxCols];
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
                if (e.cnt[s] > 0 && e.cnt[s] < e.min[s] && !fillShortPinned) {
                    // held below its minimum by pinned trainees only (allowed for pins when nobody can complete it):
                    // it stays as it is
                    room = 0;
                    least = 0;
                }
                rhs[rowOfSession[s]] = room;
                sessionRoom[s] = room;
                sessionLeast[s] = least;
                // the slack is the room left: an open session keeps room - least at most, a closed one all of it, a
                // free one anything between
                lb[sessionCol[s]] = open[s] || free[s] ? 0 : room;
                ub[sessionCol[s]] = open[s] ? room - least : room;
            }
        }
        boolean penalties = false;
        for (int s = 0; s < e.nS; s++) {
            penalties |= free[s] && e.emptySeat[s] > 0;
        }
        this.freePenalties = penalties;
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
        while (improved && !e.pastDeadline(deadlineNanos)) {
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
            if (e.pastDeadline(deadlineNanos)) {
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
        double lp = lpValue();
        if (lp < best) {
            return false;
        }
        boolean any = false;
        // a free session without trainees whose first one alone takes the LP below the best stays closed
        for (int s = 0; s < e.nS; s++) {
            int col = sessionCol[s];
            if (free[s] && rowOf[col] < 0 && value[col] >= sessionRoom[s] - 0.5 && !decidedClosed(s)
                    && fixable(d[col], lp)) {
                for (int j : sessionPairs()[s]) {
                    excluded[colOpt[j]] = true;
                }
                any = true;
            }
        }
        for (int j = 0; j < n; j++) {
            if (rowOf[j] >= 0 || !fixable(d[j], lp)) {
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

    /**
     * Whether a column at a bound with this reduced cost, in an LP of value {@code lp}, can be fixed there: moving it
     * by one would take the LP below the best plan.
     */
    private boolean fixable(double reducedCost, double lp) {
        return Math.abs(reducedCost) > (lp - best) / 1000.0 + 1e-6;
    }

    private void keepRootReducedCosts() {
        rootLp = lpValue();
        rootReducedCosts = new double[n];
        for (int j = 0; j < n; j++) {
            double r = rowOf[j] >= 0 ? 0 : Math.abs(d[j]);
            rootReducedCosts[j] = fixable(r, rootLp) ? 0 : r; // those are fixed by this root already
        }
    }

    /** Pair columns of each session (built on first use). */
    private int[][] sessionPairs() {
        if (sessionPairs == null) {
            int[] size = new int[e.nS];
            for (int j = 0; j < n; j++) {
                size[e.optSess[colOpt[j]]]++;
            }
            sessionPairs = new int[e.nS][];
            for (int x = 0; x < e.nS; x++) {
                sessionPairs[x] = new int[size[x]];
                size[x] = 0;
            }
            for (int j = 0; j < n; j++) {
                int x = e.optSess[colOpt[j]];
                sessionPairs[x][size[x]++] = j;
            }
        }
        return sessionPairs;
    }

    /**
     * Branch and cut over the whole allocation (round 8): which sessions run and who takes which seat, every session
     * free unless pinned trainees make it run, better than the engine's plan (the cutoff); applied to the engine
     * when found. The bound is the LP with the cuts of {@link #addCuts}; a free session whose count lies between
     * none and its minimum is branched on first (closed, or open with its minimum), then counts, then pairs.
     * Returns true when the engine improved; {@code stats.proven} counts a search that ended, the plan then optimal.
     */
    static boolean solveExactly(CohortEngine e, long deadlineNanos, Stats stats) {
        return solveExactly(e, deadlineNanos, stats, x -> { });
    }

    /** As {@link #solveExactly(CohortEngine, long, Stats)}, telling {@code onBest} each better objective found. */
    static boolean solveExactly(CohortEngine e, long deadlineNanos, Stats stats, java.util.function.LongConsumer onBest) {
        if (!e.isFeasible()) {
            return false;
        }
        int[] forced = new int[e.nC];
        for (int c = 0; c < e.nC; c++) {
            forced[c] = e.pinned[c] ? e.asg[c] : -1;
        }
        boolean[] excluded = new boolean[e.optSess.length];
        // a session held below its minimum by pinned trainees breaks the format's rule when others could complete it:
        // first look for plans that complete every such session (any of them beats the engine's plan), and only when
        // none exists keep them as they are, without a claim of optimality (the local search may complete some)
        boolean fillShortPinned = false;
        for (int s = 0; s < e.nS; s++) {
            fillShortPinned |= e.cnt[s] > 0 && e.cnt[s] < e.min[s];
        }
        boolean proofPossible = true;
        long best = fillShortPinned ? Long.MIN_VALUE / 4 : e.obj;
        int[] bestAssignment = null;
        long bestFound = 0;
        boolean ended = false;
        boolean first = true;
        Stats counts = stats != null ? stats : new Stats();
        long t0 = System.nanoTime();
        // each round: the root LP with its cuts, pairs and sessions fixed by their reduced costs against the best
        // plan (for good: a better plan keeps them too), then the tree on the smaller tableau until it finds a better
        // plan, which starts the next round with more fixed
        while (!e.pastDeadline(deadlineNanos)) {
            SeatBranchAndBound bb = buildOpenSets(e, forced, excluded, fillShortPinned);
            if (bb == null) {
                break;
            }
            bb.prepare(best, deadlineNanos);
            bb.restartOnImprovement = true;
            boolean rootBeatsBest = bb.dualSimplex();
            if (rootBeatsBest) {
                double bound = bb.separate(ROOT_CUT_ROUNDS);
                if (first) {
                    counts.rootBound = bound;
                    counts.columns += bb.n;
                }
                rootBeatsBest = bound >= best + bb.step - 1e-3;
            }
            first = false;
            counts.rounds++;
            long rootIterations = bb.iterations;
            if (rootBeatsBest && !bb.aborted) {
                int fixedBefore = countFixed(forced, excluded);
                bb.keepRootReducedCosts();
                bb.fixByReducedCost(forced, excluded);
                if (countFixed(forced, excluded) - fixedBefore > bb.n / 20) {
                    // a smaller tableau is worth a new root
                    counts.iterations += bb.iterations;
                    counts.cuts += bb.cuts;
                    continue;
                }
                int[] incumbent = bestAssignment != null ? bestAssignment : e.snapshot();
                SeatBranchAndBound neighbourhood = bb.rins(incumbent, forced, excluded, deadlineNanos);
                if (neighbourhood != null) {
                    counts.rinsFound++;
                    counts.nodes += neighbourhood.nodes;
                    best = neighbourhood.best;
                    bestAssignment = neighbourhood.bestAssignment;
                    bestFound = neighbourhood.bestFoundNanos;
                    onBest.accept(best);
                    if (TRACE) {
                        System.err.printf("  round %d: neighbourhood search -> %d at %d ms%n", counts.rounds, best,
                                (System.nanoTime() - t0) / 1_000_000);
                    }
                    continue;
                }
                bb.search();
            }
            if (TRACE) {
                System.err.printf("  round %d: %d pairs free, root %d iterations, %d nodes, %d iterations, best %d%s at %d ms%n",
                        counts.rounds, bb.n, rootIterations, bb.nodes, bb.iterations - rootIterations, bb.best,
                        bb.aborted ? " (aborted)" : "", (System.nanoTime() - t0) / 1_000_000);
            }
            counts.freeColumns = bb.n;
            counts.nodes += bb.nodes;
            counts.cuts += bb.cuts;
            counts.iterations += bb.iterations;
            if (bb.aborted) {
                counts.aborted = true;
                break;
            }
            if (bb.bestAssignment == null) {
                if (fillShortPinned && bestAssignment == null) {
                    fillShortPinned = false; // nobody can complete them
                    proofPossible = false;
                    best = e.obj;
                    continue;
                }
                ended = proofPossible; // nothing better than the best: it is optimal
                break;
            }
            best = bb.best;
            bestAssignment = bb.bestAssignment;
            bestFound = bb.bestFoundNanos;
            onBest.accept(best);
        }
        counts.searches++;
        counts.proven += ended ? 1 : 0;
        counts.aborted |= !ended && e.pastDeadline(deadlineNanos); // also when the time ran out between rounds
        counts.bestFoundNanos = bestFound;
        if (bestAssignment != null && fillShortPinned) {
            return applyCompleting(e, bestAssignment);
        }
        return bestAssignment != null && apply(e, bestAssignment);
    }

    /** Puts a plan that completes the pinned sessions into the engine (whatever its value) when it is feasible. */
    private static boolean applyCompleting(CohortEngine e, int[] assignment) {
        int[] before = e.snapshot();
        e.restore(assignment);
        for (int s = 0; s < e.nS; s++) {
            if (e.cnt[s] > 0 && e.cnt[s] < e.min[s]) {
                e.restore(before);
                return false;
            }
        }
        if (e.isFeasible()) {
            return true;
        }
        e.restore(before);
        return false;
    }

    /**
     * RINS (relaxation induced neighbourhood search): pairs on which the root LP and the best plan agree are fixed so,
     * and the rest searched exactly with a node limit; better plans hide near both. The search, when it found a
     * better plan, else null.
     */
    private SeatBranchAndBound rins(int[] incumbent, int[] forced, boolean[] excluded, long deadlineNanos) {
        int[] subForced = forced.clone();
        boolean[] subExcluded = excluded.clone();
        int undecided = 0;
        for (int j = 0; j < n; j++) {
            int o = colOpt[j];
            double x = columnValue(j);
            if (incumbent[e.optCand[o]] == o && x > 1 - 1e-6) {
                subForced[e.optCand[o]] = o;
            } else if (incumbent[e.optCand[o]] != o && x < 1e-6) {
                subExcluded[o] = true;
            } else {
                undecided++;
            }
        }
        if (undecided == 0) {
            return null;
        }
        SeatBranchAndBound sub = buildOpenSets(e, subForced, subExcluded, fillShortPinned);
        if (sub == null) {
            return null;
        }
        long now = System.nanoTime();
        sub.prepare(best, Math.min(deadlineNanos, now + (deadlineNanos - now) / 10));
        sub.nodeLimit = RINS_NODES;
        if (sub.dualSimplex() && sub.separate(ROOT_CUT_ROUNDS) >= best + step - 1e-3 && !sub.aborted) {
            sub.search();
        }
        iterations += sub.iterations;
        return sub.bestAssignment != null ? sub : null;
    }

    private static int countFixed(int[] forced, boolean[] excluded) {
        int k = 0;
        for (int o : forced) {
            k += o >= 0 ? 1 : 0;
        }
        for (boolean x : excluded) {
            k += x ? 1 : 0;
        }
        return k;
    }

    /**
     * The tableau of the branch and cut: every session with a pair left, those with forced trainees open, the
     * others free. Null when too large.
     */
    private static SeatBranchAndBound buildOpenSets(CohortEngine e, int[] forced, boolean[] excluded,
            boolean fillShortPinned) {
        boolean[] inModel = new boolean[e.nS];
        boolean[] open = new boolean[e.nS];
        boolean[] free = new boolean[e.nS];
        for (int c = 0; c < e.nC; c++) {
            if (forced[c] >= 0) {
                open[e.optSess[forced[c]]] = true;
            } else if (!e.pinned[c]) {
                for (int o = e.optStart[c]; o < e.optStart[c + 1]; o++) {
                    inModel[e.optSess[o]] |= !excluded[o];
                }
            }
        }
        for (int s = 0; s < e.nS; s++) {
            inModel[s] |= open[s];
            free[s] = inModel[s] && !open[s];
        }
        return build(e, inModel, open, free, forced, excluded, CUT_CAPACITY, fillShortPinned);
    }

    /** Counters of the searches made, for tuning. */
    static final class Stats {
        /** Searches made, and those that ended (the allocation found, or kept, is the best for its open set). */
        int searches;
        int proven;
        /** Open sets looked at by the open-set search (most rejected by their LP bound). */
        int evaluations;
        long nodes;
        long cuts;
        /** Rounds of the branch and cut (a root each), and those whose RINS search found a better plan. */
        int rounds;
        int rinsFound;
        double rootBound = Double.NaN;
        /** When the last better plan was found (System.nanoTime), 0 when none. */
        long bestFoundNanos;
        long iterations;
        long columns;
        long freeColumns;
        boolean aborted;

        @Override
        public String toString() {
            return (evaluations > 0 ? evaluations + " open sets, " : "") + searches + " searches (" + proven
                    + " proven), " + (rounds > 0 ? rounds + " rounds (" + rinsFound + " by RINS), " : "") + nodes + " nodes, "
                    + (cuts > 0 ? cuts + " cuts, " : "")
                    + (Double.isNaN(rootBound) ? "" : String.format("root bound %.0f, ", rootBound)) + iterations
                    + " iterations, " + freeColumns + "/" + columns
                    + " pairs free" + (aborted ? ", aborted" : "");
        }
    }

    /** Whether the tableau of the engine's current open set fits {@link #MAX_TABLEAU_ENTRIES}. */
    static boolean fits(CohortEngine e) {
        boolean[] open = new boolean[e.nS];
        for (int s = 0; s < e.nS; s++) {
            open[s] = e.cnt[s] > 0;
        }
        return tableauEntries(e, open, noneForced(e), new boolean[e.optSess.length], 0) <= MAX_TABLEAU_ENTRIES;
    }

    /** Whether the branch and cut's tableau ({@link #solveExactly}) fits {@link #MAX_TABLEAU_ENTRIES}. */
    static boolean fitsOpenSets(CohortEngine e) {
        boolean[] all = new boolean[e.nS];
        java.util.Arrays.fill(all, true);
        return tableauEntries(e, all, noneForced(e), new boolean[e.optSess.length], CUT_CAPACITY)
                <= MAX_TABLEAU_ENTRIES;
    }

    private static int[] noneForced(CohortEngine e) {
        int[] forced = new int[e.nC];
        java.util.Arrays.fill(forced, -1);
        return forced;
    }

    /**
     * Entries of a tableau over the sessions {@code inModel}: rows (people with two free pairs or more, sessions,
     * budget lines, and {@code extraRows} for cuts) times columns (free pairs and the rows' slacks).
     */
    private static long tableauEntries(CohortEngine e, boolean[] inModel, int[] forced, boolean[] excluded,
            int extraRows) {
        long pairs = 0;
        long rows = e.nL + extraRows;
        for (int c = 0; c < e.nC; c++) {
            if (e.pinned[c] || forced[c] >= 0) {
                continue;
            }
            int k = 0;
            for (int o = e.optStart[c]; o < e.optStart[c + 1]; o++) {
                if (inModel[e.optSess[o]] && !excluded[o]) {
                    k++;
                }
            }
            pairs += k;
            rows += k >= 2 ? 1 : 0;
        }
        for (boolean b : inModel) {
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
        return build(e, inModel, open, new boolean[e.nS], forced, excluded, 0, false);
    }

    private static SeatBranchAndBound build(CohortEngine e, boolean[] inModel, boolean[] open, boolean[] free,
            int[] forced, boolean[] excluded, int cutCapacity, boolean fillShortPinned) {
        if (tableauEntries(e, inModel, forced, excluded, cutCapacity) > MAX_TABLEAU_ENTRIES) {
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
        return new SeatBranchAndBound(e, inModel, open, free, forced.clone(), pairs, nPairs, rowOfCand, candRows,
                cutCapacity, fillShortPinned);
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
        int[] applied = new int[t[0].length];
        boolean[] seen = new boolean[t[0].length];
        try {
            explore(queue, originalLb, originalUb, applied, seen);
        } finally {
            // the tableau keeps its basis; the bounds go back to the root's (only pairs and session counts are
            // branched on; the cuts' slacks, added during the search, keep theirs)
            for (int j = 0; j < n + lineRowStart; j++) {
                if (lb[j] != originalLb[j] || ub[j] != originalUb[j]) {
                    setBounds(j, originalLb[j], originalUb[j]);
                }
            }
        }
    }

    private void explore(java.util.PriorityQueue<Node> queue, double[] originalLb, double[] originalUb, int[] applied,
            boolean[] seen) {
        int appliedCount = 0;
        int[] path = new int[t[0].length];
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
            if (e.pastDeadline(deadlineNanos) || nodes >= nodeLimit) {
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
            value = separate(node.depth == 0 ? ROOT_CUT_ROUNDS : NODE_CUT_ROUNDS);
            if (value < best + step - 1e-3) {
                if (aborted) {
                    return;
                }
                continue;
            }
            int s = stateBranchSession();
            if (s >= 0) {
                // whether a free session runs: closed (no trainee) or open (its minimum at least)
                int col = sessionCol[s];
                double count = sessionRoom[s] - columnValue(col);
                Node closed = ub[col] >= sessionRoom[s]
                        ? new Node(node, col, sessionRoom[s], sessionRoom[s], value, node.depth + 1) : null;
                Node running = lb[col] <= sessionRoom[s] - runLeast(s)
                        ? new Node(node, col, lb[col], sessionRoom[s] - runLeast(s), value, node.depth + 1) : null;
                boolean openNearer = running != null && (closed == null || count >= runLeast(s) / 2.0);
                next = openNearer ? running : closed;
                Node other = openNearer ? closed : running;
                if (other != null) {
                    queue.add(other);
                }
                continue;
            }
            int branchCol = branchColumn();
            if (branchCol < 0) {
                if (recordIntegral() && restartOnImprovement && worthRestart()) {
                    return;
                }
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
     * Cut rounds (at most {@code rounds}): each adds the most violated cuts and re-optimises. Returns the LP value
     * after them (below the best when the node is pruned or the search aborted).
     */
    private double separate(int rounds) {
        double value = lpValue();
        for (int round = 0; round < rounds && addCuts(CUTS_PER_ROUND) > 0; round++) {
            if (!dualSimplex()) {
                return Double.NEGATIVE_INFINITY;
            }
            value = lpValue();
            if (value < best + step - 1e-3) {
                break;
            }
        }
        return value;
    }

    /**
     * Adds the most violated of the cuts {@code least(s) x_p <= count(s)}, pair p in free session s: a person takes
     * a seat only in a session that runs, which has its minimum. (They are the strong relaxation's x <= y rows with y
     * projected out; without them a free session's count lies anywhere between 0 and its capacity, a bound 0.4-1.9 %
     * above the optimum on sample-s-like instances, against 0.02-0.08 % with them.) Returns the number added.
     */
    private int addCuts(int limit) {
        if (m >= maxRows) {
            return 0;
        }
        if (cutOf == null) {
            cutOf = new boolean[n];
        }
        int[][] sessionPairs = sessionPairs();
        java.util.List<double[]> violated = new java.util.ArrayList<>();
        for (int s = 0; s < e.nS; s++) {
            if (!free[s] || runLeast(s) < 2 || decidedOpen(s) || decidedClosed(s)) {
                continue;
            }
            double count = sessionRoom[s] - columnValue(sessionCol[s]);
            for (int j : sessionPairs[s]) {
                double violation = runLeast(s) * columnValue(j) - count;
                if (!cutOf[j] && violation > 1e-6) {
                    violated.add(new double[] {violation, j, s});
                }
            }
        }
        violated.sort((x, y) -> Double.compare(y[0], x[0]));
        int added = 0;
        for (double[] v : violated) {
            if (added == limit || m >= maxRows) {
                break;
            }
            addCut((int) v[1], (int) v[2]);
            added++;
        }
        return added;
    }

    /** Appends the row {@code least x_p - sum of the session's pairs + slack = 0}, its slack basic. */
    private void addCut(int p, int s) {
        int i = m;
        int slack = n + i;
        double[] row = t[i];
        int least = runLeast(s);
        double activity = 0;
        int[] pairsOfS = sessionPairs()[s];
        for (int q : pairsOfS) {
            row[q] = q == p ? least - 1 : -1;
            activity += row[q] * columnValue(q);
        }
        // in the current basis: subtract the rows of the basic pairs (each is zero on the other basic columns)
        for (int q : pairsOfS) {
            double a = row[q];
            if (a != 0 && rowOf[q] >= 0) {
                double[] source = t[rowOf[q]];
                for (int j = 0; j < cols; j++) {
                    if (source[j] != 0) {
                        row[j] -= a * source[j];
                    }
                }
                row[q] = 0;
            }
        }
        row[slack] = 1;
        basis[i] = slack;
        rowOf[slack] = i;
        lb[slack] = 0;
        ub[slack] = Double.POSITIVE_INFINITY;
        cost[slack] = 0;
        d[slack] = 0;
        xB[i] = -activity;
        cutOf[p] = true;
        cuts++;
        m++;
        cols++;
    }

    /**
     * The free session to branch on: one whose count lies strictly between none and its minimum, the farthest from
     * both (or, with empty-seat penalties, any that has trainees and is not decided open). -1 when none.
     */
    private int stateBranchSession() {
        int chosen = -1;
        double chosenScore = -1;
        for (int s = 0; s < e.nS; s++) {
            if (!free[s] || decidedOpen(s) || decidedClosed(s)) {
                continue;
            }
            double count = sessionRoom[s] - columnValue(sessionCol[s]);
            int least = runLeast(s);
            if (count <= INT_TOL || (count >= least - INT_TOL && e.emptySeat[s] == 0)) {
                continue;
            }
            double score = Math.min(count, Math.max(0, least - count)) / least;
            if (score > chosenScore) {
                chosenScore = score;
                chosen = s;
            }
        }
        return chosen;
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

    /**
     * Whether the new best would fix, by the root's reduced costs, a twentieth of the pairs still free at the root:
     * then a new round on a smaller tableau beats going on (small gains would throw away a large tree).
     */
    private boolean worthRestart() {
        if (rootReducedCosts == null) {
            return true;
        }
        int fixableNow = 0;
        for (int j = 0; j < n; j++) {
            if (fixable(rootReducedCosts[j], rootLp)) {
                fixableNow++;
            }
        }
        return fixableNow >= Math.max(10, n / 20);
    }

    /** Keeps the LP's integral solution when it is the best; true when it was. */
    private boolean recordIntegral() {
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
        long[] spent = new long[e.nL];
        for (int s = 0; s < e.nS; s++) {
            if (count[s] > 0) {
                total -= e.emptySeat[s] * Math.max(0, e.cap[s] - count[s]);
                spent[e.line[s]] += count[s] * e.cost[s];
                boolean belowMinimum = count[s] < e.min[s] && count[s] > e.pinnedCnt[s];
                if (belowMinimum || count[s] > Math.max(e.cap[s], e.pinnedCnt[s])) {
                    return false; // cannot happen with exact arithmetic; rounding must not make a wrong plan the best
                }
            }
        }
        for (int l = 0; l < e.nL; l++) {
            if (spent[l] > Math.max(e.budget[l], e.pinnedSpend[l])) {
                return false;
            }
        }
        if (total > best) {
            best = total;
            bestAssignment = assignment;
            bestFoundNanos = System.nanoTime();
            return true;
        }
        return false;
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
        double penalties = 0;
        if (freePenalties) {
            // a free session pays its empty seats once its bounds say it runs (before that the bound leaves them out)
            for (int s = 0; s < e.nS; s++) {
                if (free[s] && decidedOpen(s)) {
                    penalties += e.emptySeat[s] * e.cap[s];
                }
            }
        }
        return constant - penalties - z * 1000.0;
    }

    /** Trainees a free session needs to run: its minimum (at least one). */
    private int runLeast(int s) {
        return Math.max(1, sessionLeast[s]);
    }

    /** Whether free session s runs at this node: its bounds leave it at least {@link #runLeast} trainees. */
    private boolean decidedOpen(int s) {
        return ub[sessionCol[s]] <= sessionRoom[s] - runLeast(s) + 0.5;
    }

    /** Whether free session s is closed at this node: its bounds leave it no trainee. */
    private boolean decidedClosed(int s) {
        return lb[sessionCol[s]] >= sessionRoom[s] - 0.5;
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
                if (e.pastDeadline(deadlineNanos)) {
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
            int candidates = 0;
            for (int j = 0; j < cols; j++) {
                double a = row[j];
                if ((a < PIVOT_TOL && a > -PIVOT_TOL) || rowOf[j] >= 0 || lb[j] == ub[j] || !eligible(j, a, toLower)) {
                    continue;
                }
                nz[candidates++] = j;
                bound = Math.min(bound, (Math.abs(d[j]) + DUAL_TOL) / Math.abs(a));
            }
            if (bound == Double.POSITIVE_INFINITY) {
                return false; // primal infeasible node
            }
            int q = -1;
            double bestPivot = 0;
            for (int x = 0; x < candidates; x++) {
                int j = nz[x];
                double a = Math.abs(row[j]);
                if (Math.abs(d[j]) / a <= bound && a > bestPivot) {
                    bestPivot = a;
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
        // a dense pivot row is subtracted by a plain loop (the JIT vectorises it), a sparse one through its nonzeros
        boolean dense = k * 3 > cols;
        for (int i = 0; i < m; i++) {
            double[] other = t[i];
            double f = other[q];
            if (i != r && f != 0) {
                if (dense) {
                    for (int j = 0; j < cols; j++) {
                        other[j] -= f * row[j];
                    }
                } else {
                    for (int x = 0; x < k; x++) {
                        int j = nz[x];
                        other[j] -= f * row[j];
                    }
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
