package fr.passerelle.planning.solver;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.BudgetLine;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.Session;
import fr.passerelle.planning.domain.SessionOption;

/**
 * Primitive-array model of an {@link AllocationPlan} with an incremental objective, used by
 * {@link CohortPhaseCommand}. It only ever holds hard-feasible states (capacity, cohort "0 or at
 * least min", budget lines), so its objective is directly the soft score of the constraints.
 *
 * <p>Two stages:
 * <ol>
 * <li>Lagrangian cohort construction: pairs taken greedily by reduced value
 * {@code value - lambda(line) * cost} while the person is free, the session has room and the line
 * has money; sessions left under their minimum are completed from free people or closed and the
 * freed money refilled. lambda per budget line is searched (a grid then a refinement).</li>
 * <li>Simulated annealing in feasible space with moves: change (with eviction when the session is
 * full and, when money lacks, removal of a trainee of the same line), swap, close a whole session
 * and re-seat its trainees, open a whole session with its best cohort (closing another one of the
 * same line when the money lacks).</li>
 * </ol>
 * Every move is a sequence of primitive {@link #set(int, int)} calls recorded in an undo log; a move
 * breaking a rule or refused by the acceptance is undone.
 */
final class CohortEngine {

    // ---- problem ----
    final int nC;
    final int nS;
    final int nL;
    final int[] optStart; // options of candidate c: [optStart[c], optStart[c+1])
    final int[] optSess;
    final int[] optCand;
    final long[] optVal; // scaled value of the pair minus its late start penalty
    final int[] sessOptStart; // options naming session s: sessOpt[sessOptStart[s] .. sessOptStart[s+1])
    final int[] sessOpt;
    final int[] cap;
    final int[] min;
    final long[] cost;
    final int[] line;
    final long[] emptySeat;
    final long[] budget;
    final boolean[] pinned;
    /** Set from another thread to end every search now (a counsellor stops the solve): the best so far stays. */
    volatile boolean stopRequested;
    /** Sessions of each budget line. */
    final int[][] lineSessions;
    final int[] pinnedCnt;
    final long[] pinnedSpend;

    // ---- state ----
    final int[] asg; // option index or -1
    final int[] cnt;
    final long[] spend;
    long obj;
    /** Trainees missing in sessions under their minimum, and cents over budget: zero in a feasible state. */
    long minMissing;
    long overCents;
    final int[][] members;
    final int[] pos;

    // ---- undo log & touched marks ----
    private int[] logC = new int[1024];
    private int[] logOld = new int[1024];
    private int logSize;
    private final int[] touchedS;
    private int touchedSCount;
    private final int[] sessStamp;
    private final int[] lineStamp;
    private final int[] touchedL;
    private int touchedLCount;
    private int stamp = 1;

    /** Option indices are packed with sort keys in a long: at most 16M options per instance. */
    static final int IDX_BITS = 24;
    private static final int REFILL_SAMPLES = 24;
    static final long IDX_MASK = (1L << IDX_BITS) - 1;

    private final SplittableRandom random;
    private final int[] tmpOpts;
    private final long[] tmpKeys;

    /** Price of a cent per budget line found by the construction; guides evictions and refills. */
    double[] lambda;

    long movesTried;
    long movesAccepted;
    /** Per move kind (change, swap, open, close): built, feasible, accepted. For tuning. */
    final long[][] stats = new long[5][3];

    CohortEngine(AllocationPlan plan, long seed) {
        List<Candidate> candidates = plan.getCandidates();
        List<Session> sessions = plan.getSessions();
        List<BudgetLine> lines = plan.getBudgetLines();
        nC = candidates.size();
        nS = sessions.size();
        nL = lines.size();
        Map<Session, Integer> sIdx = new IdentityHashMap<>();
        Map<BudgetLine, Integer> lIdx = new IdentityHashMap<>();
        for (int l = 0; l < nL; l++) {
            lIdx.put(lines.get(l), l);
        }
        cap = new int[nS];
        min = new int[nS];
        cost = new long[nS];
        line = new int[nS];
        emptySeat = new long[nS];
        for (int s = 0; s < nS; s++) {
            Session session = sessions.get(s);
            sIdx.put(session, s);
            cap[s] = session.getCapacity();
            min[s] = Math.max(1, session.getMinCohort());
            cost[s] = session.getCostCents();
            line[s] = lIdx.get(session.getBudgetLine());
            emptySeat[s] = session.getEmptySeatPenalty();
        }
        budget = new long[nL];
        for (int l = 0; l < nL; l++) {
            budget[l] = lines.get(l).getAmountCents();
        }
        int[] lineSize = new int[nL];
        for (int s = 0; s < nS; s++) {
            lineSize[line[s]]++;
        }
        lineSessions = new int[nL][];
        for (int l = 0; l < nL; l++) {
            lineSessions[l] = new int[lineSize[l]];
            lineSize[l] = 0;
        }
        for (int s = 0; s < nS; s++) {
            lineSessions[line[s]][lineSize[line[s]]++] = s;
        }
        int nO = 0;
        for (Candidate c : candidates) {
            nO += c.getOptions().size();
        }
        optStart = new int[nC + 1];
        optSess = new int[nO];
        optCand = new int[nO];
        optVal = new long[nO];
        pinned = new boolean[nC];
        asg = new int[nC];
        if (nO > IDX_MASK) {
            throw new IllegalArgumentException("Too many options for the cohort engine: " + nO);
        }
        int o = 0;
        int maxOpts = 1;
        int[] sessDegree = new int[nS];
        for (int c = 0; c < nC; c++) {
            Candidate cand = candidates.get(c);
            optStart[c] = o;
            pinned[c] = cand.isPinned();
            asg[c] = -1;
            maxOpts = Math.max(maxOpts, cand.getOptions().size());
            for (SessionOption option : cand.getOptions()) {
                int s = sIdx.get(option.session());
                optSess[o] = s;
                optCand[o] = c;
                optVal[o] = option.value() - option.session().getLateStartPenalty();
                sessDegree[s]++;
                o++;
            }
        }
        optStart[nC] = o;
        sessOptStart = new int[nS + 1];
        for (int s = 0; s < nS; s++) {
            sessOptStart[s + 1] = sessOptStart[s] + sessDegree[s];
        }
        sessOpt = new int[nO];
        int[] fill = Arrays.copyOf(sessOptStart, nS);
        for (int i = 0; i < nO; i++) {
            sessOpt[fill[optSess[i]]++] = i;
        }
        cnt = new int[nS];
        spend = new long[nL];
        pinnedCnt = new int[nS];
        pinnedSpend = new long[nL];
        pos = new int[nC];
        members = new int[nS][];
        // pinned candidates (assigned or not) are fixed; an option outside the range is ignored
        int[] extra = new int[nS];
        for (int c = 0; c < nC; c++) {
            Session current = candidates.get(c).getSession();
            if (pinned[c] && current != null) {
                extra[sIdx.get(current)]++;
            }
        }
        for (int s = 0; s < nS; s++) {
            members[s] = new int[Math.max(cap[s], extra[s]) + 1];
        }
        touchedS = new int[nS];
        sessStamp = new int[nS];
        lineStamp = new int[nL];
        touchedL = new int[nL];
        random = new SplittableRandom(seed);
        tmpOpts = new int[Math.max(nO, 1)];
        tmpKeys = new long[Math.max(nO, 1)];
        obj = 0;
        for (int c = 0; c < nC; c++) {
            Session current = candidates.get(c).getSession();
            if (current != null) {
                int opt = optionOf(c, sIdx.get(current));
                if (opt >= 0) {
                    setRaw(c, opt);
                }
            }
        }
        for (int c = 0; c < nC; c++) {
            if (pinned[c] && asg[c] >= 0) {
                pinnedCnt[optSess[asg[c]]]++;
                pinnedSpend[line[optSess[asg[c]]]] += cost[optSess[asg[c]]];
            }
        }
        recountViolations();
        logSize = 0;
    }

    // ------------------------------------------------------------------ primitives

    private void recountViolations() {
        minMissing = 0;
        overCents = 0;
        for (int s = 0; s < nS; s++) {
            minMissing += missing(s);
        }
        for (int l = 0; l < nL; l++) {
            overCents += over(l);
        }
    }

    int optionOf(int c, int s) {
        for (int o = optStart[c]; o < optStart[c + 1]; o++) {
            if (optSess[o] == s) {
                return o;
            }
        }
        return -1;
    }

    private long seatPenalty(int s, int n) {
        return n == 0 ? 0L : emptySeat[s] * Math.max(0, cap[s] - n);
    }

    private void touch(int s) {
        if (sessStamp[s] != stamp) {
            sessStamp[s] = stamp;
            touchedS[touchedSCount++] = s;
        }
        int l = line[s];
        if (lineStamp[l] != stamp) {
            lineStamp[l] = stamp;
            touchedL[touchedLCount++] = l;
        }
    }

    private int missing(int s) {
        int n = cnt[s];
        return n > 0 && n < min[s] && n > pinnedCnt[s] ? min[s] - n : 0;
    }

    private long over(int l) {
        return Math.max(0, spend[l] - Math.max(budget[l], pinnedSpend[l]));
    }

    /** Moves candidate c to option o (-1 = unassigned), without checking any rule. */
    private void setRaw(int c, int o) {
        int old = asg[c];
        if (old >= 0) {
            int s = optSess[old];
            minMissing -= missing(s);
            overCents -= over(line[s]);
            int p = pos[c];
            int last = members[s][cnt[s] - 1];
            members[s][p] = last;
            pos[last] = p;
            obj -= optVal[old];
            obj += seatPenalty(s, cnt[s]);
            cnt[s]--;
            obj -= seatPenalty(s, cnt[s]);
            spend[line[s]] -= cost[s];
            minMissing += missing(s);
            overCents += over(line[s]);
            touch(s);
        }
        asg[c] = o;
        if (o >= 0) {
            int s = optSess[o];
            minMissing -= missing(s);
            overCents -= over(line[s]);
            members[s][cnt[s]] = c;
            pos[c] = cnt[s];
            obj += seatPenalty(s, cnt[s]);
            cnt[s]++;
            obj -= seatPenalty(s, cnt[s]);
            spend[line[s]] += cost[s];
            minMissing += missing(s);
            overCents += over(line[s]);
            obj += optVal[o];
            touch(s);
        }
    }

    /** Logged move of candidate c to option o; the caller keeps capacity. */
    void set(int c, int o) {
        if (logSize == logC.length) {
            logC = Arrays.copyOf(logC, logSize * 2);
            logOld = Arrays.copyOf(logOld, logSize * 2);
        }
        logC[logSize] = c;
        logOld[logSize] = asg[c];
        logSize++;
        setRaw(c, o);
    }

    private void beginMove() {
        logSize = 0;
        touchedSCount = 0;
        touchedLCount = 0;
        stamp++;
    }

    private void undo() {
        for (int i = logSize - 1; i >= 0; i--) {
            setRaw(logC[i], logOld[i]);
        }
        logSize = 0;
    }

    private boolean sessionOk(int s) {
        int n = cnt[s];
        return n == 0 || n >= min[s] || n <= pinnedCnt[s];
    }

    private boolean lineOk(int l) {
        return spend[l] <= Math.max(budget[l], pinnedSpend[l]);
    }

    private boolean touchedFeasible() {
        for (int i = 0; i < touchedSCount; i++) {
            int s = touchedS[i];
            if (!sessionOk(s) || cnt[s] > Math.max(cap[s], pinnedCnt[s])) {
                return false;
            }
        }
        for (int i = 0; i < touchedLCount; i++) {
            if (!lineOk(touchedL[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a search with this deadline must end: the time is up, or a stop was requested. */
    boolean pastDeadline(long deadlineNanos) {
        return stopRequested || System.nanoTime() >= deadlineNanos;
    }

    boolean isFeasible() {
        for (int s = 0; s < nS; s++) {
            if (!sessionOk(s) || cnt[s] > Math.max(cap[s], pinnedCnt[s])) {
                return false;
            }
        }
        for (int l = 0; l < nL; l++) {
            if (!lineOk(l)) {
                return false;
            }
        }
        return true;
    }

    int[] snapshot() {
        return asg.clone();
    }

    void restore(int[] assignment) {
        beginMove();
        for (int c = 0; c < nC; c++) {
            if (asg[c] != assignment[c] && asg[c] >= 0) {
                setRaw(c, -1);
            }
        }
        for (int c = 0; c < nC; c++) {
            if (asg[c] != assignment[c]) {
                setRaw(c, assignment[c]);
            }
        }
        logSize = 0;
    }

    private void clearUnpinned() {
        beginMove();
        for (int c = 0; c < nC; c++) {
            if (!pinned[c] && asg[c] >= 0) {
                setRaw(c, -1);
            }
        }
        logSize = 0;
    }

    // ------------------------------------------------------------------ construction

    /** Builds a feasible assignment greedily by reduced value value - lambda[line] * cost. */
    long lagrangianGreedy(double[] lambda) {
        return lagrangianGreedy(lambda, null);
    }

    /**
     * Same, with some sessions kept closed ({@code closed[s]}, may be null).
     */
    long lagrangianGreedy(double[] lambda, boolean[] closed) {
        clearUnpinned();
        int n = 0;
        for (int c = 0; c < nC; c++) {
            if (pinned[c]) {
                continue;
            }
            for (int o = optStart[c]; o < optStart[c + 1]; o++) {
                int s = optSess[o];
                double r = optVal[o] - lambda[line[s]] * cost[s];
                if (r > 0) {
                    // key: reduced value (in quarter units, descending after the sort) then option index
                    long key = (long) Math.min(r * 4.0, (double) (1L << 38));
                    tmpKeys[n++] = (key << IDX_BITS) | o;
                }
            }
        }
        Arrays.sort(tmpKeys, 0, n);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) (tmpKeys[n - 1 - i] & IDX_MASK);
        }
        boolean[] banned = closed == null ? new boolean[nS] : closed.clone();
        for (int round = 0; round < nS + 2; round++) {
            beginMove();
            for (int i = 0; i < n; i++) {
                int o = order[i];
                int c = optCand[o];
                int s = optSess[o];
                if (asg[c] >= 0 || banned[s] || cnt[s] >= cap[s] || spend[line[s]] + cost[s] > budget[line[s]]) {
                    continue;
                }
                setRaw(c, o);
            }
            // sessions under their minimum: complete them from free people, else close them
            boolean changed = false;
            for (int s = 0; s < nS; s++) {
                if (cnt[s] > 0 && !sessionOk(s)) {
                    completeOrClose(s, lambda, banned);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        logSize = 0;
        return obj;
    }

    private void completeOrClose(int s, double[] lambda, boolean[] banned) {
        int l = line[s];
        int need = min[s] - cnt[s];
        int from = sessOptStart[s];
        int to = sessOptStart[s + 1];
        // best free candidates for s by value
        int k = 0;
        for (int i = from; i < to; i++) {
            int o = sessOpt[i];
            if (asg[optCand[o]] < 0 && !pinned[optCand[o]]) {
                tmpKeys[k++] = (Math.max(0, optVal[o] + (1L << 30)) << IDX_BITS) | (i - from);
            }
        }
        if (k >= need && cnt[s] + need <= cap[s] && spend[l] + need * cost[s] <= budget[l]) {
            Arrays.sort(tmpKeys, 0, k);
            for (int j = 0; j < need; j++) {
                int o = sessOpt[from + (int) (tmpKeys[k - 1 - j] & IDX_MASK)];
                setRaw(optCand[o], o);
            }
            return;
        }
        for (int i = cnt[s] - 1; i >= 0; i--) {
            int c = members[s][i];
            if (!pinned[c]) {
                setRaw(c, -1);
            }
        }
        banned[s] = true;
    }

    /** Searches one lambda per budget line; leaves the engine in the best assignment found. */
    long construct(long deadlineNanos) {
        double valueSum = 0;
        double costSum = 0;
        for (int o = 0; o < optSess.length; o++) {
            valueSum += Math.max(0, optVal[o]);
            costSum += cost[optSess[o]];
        }
        double base = costSum > 0 ? valueSum / costSum : 0;
        double[] lambda = new double[nL];
        long best = lagrangianGreedy(lambda);
        int[] bestAsg = snapshot();
        double[] bestLambda = lambda.clone();
        if (base > 0 && nL > 0) {
            // common lambda first
            double[] grid = {0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0};
            for (double g : grid) {
                if (pastDeadline(deadlineNanos)) {
                    break;
                }
                Arrays.fill(lambda, g * base);
                long v = lagrangianGreedy(lambda);
                if (v > best) {
                    best = v;
                    bestAsg = snapshot();
                    bestLambda = lambda.clone();
                }
            }
            // then per line, shrinking steps
            double step = 0.15 * base;
            for (int round = 0; round < 4 && !pastDeadline(deadlineNanos); round++) {
                for (int l = 0; l < nL && !pastDeadline(deadlineNanos); l++) {
                    for (int dir = -1; dir <= 1; dir += 2) {
                        double[] trial = bestLambda.clone();
                        trial[l] = Math.max(0, trial[l] + dir * step);
                        long v = lagrangianGreedy(trial);
                        if (v > best) {
                            best = v;
                            bestAsg = snapshot();
                            bestLambda = trial;
                        }
                    }
                }
                step /= 2;
            }
        }
        restore(bestAsg);
        this.lambda = bestLambda;
        return obj;
    }

    private double reduced(int o) {
        int s = optSess[o];
        return optVal[o] - (lambda == null ? 0 : lambda[line[s]]) * cost[s];
    }

    // ------------------------------------------------------------------ simulated annealing

    /**
     * Improves the current (feasible) assignment until the deadline; leaves the best feasible one found.
     * Temperatures are given as shares of the average value of an option, so they scale with the instance.
     *
     * @param onImprovement called with the new best objective, at most every 200 ms
     */
    long anneal(long deadlineNanos, double startTemperatureShare, double endTemperatureShare,
            LongConsumer onImprovement) {
        double avgValue = averagePositiveValue();
        double startTemperature = startTemperatureShare * avgValue;
        double endTemperature = endTemperatureShare * avgValue;
        long best = obj;
        int[] bestAsg = snapshot();
        long startNanos = System.nanoTime();
        double span = Math.max(1, deadlineNanos - startNanos);
        double t = startTemperature;
        long lastReport = 0;
        boolean bestDirty = false;
        double logRatio = Math.log(endTemperature / startTemperature);
        // penalty weights: a missing trainee costs about one average placement, a cent over budget
        // about its price lambda; they adapt (strategic oscillation) to keep the search near feasibility
        double wMin = avgValue;
        double wBud = Math.max(1e-6, lambda == null ? 0 : Arrays.stream(lambda).max().orElse(0)) * 1.5;
        if (wBud <= 1e-6) {
            wBud = avgValue / Math.max(1, averageCost());
        }
        long infeasibleSteps = 0;
        long steps = 0;
        for (long it = 0;; it++) {
            if ((it & 255) == 0) {
                long now = System.nanoTime();
                if (now >= deadlineNanos || stopRequested || Thread.currentThread().isInterrupted()) {
                    break;
                }
                t = startTemperature * Math.exp(logRatio * ((now - startNanos) / span));
                if (bestDirty && now - lastReport > 200_000_000L) {
                    onImprovement.accept(best);
                    lastReport = now;
                    bestDirty = false;
                }
                // adapt the weights every 256 iterations from the share of infeasible states
                if (steps > 0) {
                    double share = (double) infeasibleSteps / steps;
                    if (share > 0.5) {
                        wMin *= 1.02;
                        wBud *= 1.02;
                    } else if (share < 0.2) {
                        wMin /= 1.02;
                        wBud /= 1.02;
                    }
                    wMin = Math.max(avgValue * 0.05, Math.min(wMin, avgValue * 20));
                    infeasibleSteps = 0;
                    steps = 0;
                }
            }
            double before = obj - wMin * minMissing - wBud * overCents;
            beginMove();
            int kind = random.nextInt(100);
            boolean done;
            int type;
            if (kind < 40) {
                type = 0;
                done = changeMove();
            } else if (kind < 60) {
                type = 1;
                done = swapMove();
            } else if (kind < 85) {
                type = 4;
                done = replaceMove();
            } else if (kind < 93) {
                type = 2;
                done = openMove();
            } else {
                type = 3;
                done = closeMove();
            }
            movesTried++;
            if (!done || logSize == 0) {
                undo();
                continue;
            }
            stats[type][0]++;
            if (!capacityKept()) {
                undo();
                continue;
            }
            stats[type][1]++;
            double delta = obj - wMin * minMissing - wBud * overCents - before;
            if (delta >= 0 || random.nextDouble() < Math.exp(delta / t)) {
                movesAccepted++;
                stats[type][2]++;
                steps++;
                boolean feasible = minMissing == 0 && overCents == 0;
                if (!feasible) {
                    infeasibleSteps++;
                } else if (obj > best) {
                    best = obj;
                    // copying 20,000 ints is cheap next to the moves that lead to a new best
                    System.arraycopy(asg, 0, bestAsg, 0, nC);
                    bestDirty = true;
                }
            } else {
                undo();
            }
        }
        restore(bestAsg);
        return obj;
    }

    private boolean capacityKept() {
        for (int i = 0; i < touchedSCount; i++) {
            int s = touchedS[i];
            if (cnt[s] > Math.max(cap[s], pinnedCnt[s])) {
                return false;
            }
        }
        return true;
    }

    private double averagePositiveValue() {
        double sum = 0;
        int n = 0;
        for (long v : optVal) {
            if (v > 0) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? 1 : sum / n;
    }

    private double averageCost() {
        double sum = 0;
        for (long x : cost) {
            sum += x;
        }
        return nS == 0 ? 1 : sum / nS;
    }

    private int randomMovableCandidate() {
        for (int tries = 0; tries < 8; tries++) {
            int c = random.nextInt(nC);
            if (!pinned[c] && optStart[c + 1] > optStart[c]) {
                return c;
            }
        }
        return -1;
    }

    private int randomEvictable(int s) {
        int n = cnt[s];
        if (n == 0) {
            return -1;
        }
        int start = random.nextInt(n);
        for (int i = 0; i < n; i++) {
            int d = members[s][(start + i) % n];
            if (!pinned[d]) {
                return d;
            }
        }
        return -1;
    }

    /** Frees money on line l by removing, from a few sampled sessions, the trainee of lowest reduced value. */
    private boolean freeMoney(int l, int exceptSession) {
        for (int tries = 0; tries < 32 && spend[l] > budget[l]; tries++) {
            int worst = -1;
            double worstR = Double.MAX_VALUE;
            for (int k = 0; k < 4; k++) {
                int x = random.nextInt(nS);
                if (line[x] != l || x == exceptSession || cnt[x] <= min[x]) {
                    continue;
                }
                int d = randomEvictable(x);
                if (d >= 0 && reduced(asg[d]) < worstR) {
                    worstR = reduced(asg[d]);
                    worst = d;
                }
            }
            if (worst >= 0) {
                set(worst, -1);
            }
        }
        return spend[l] <= budget[l];
    }

    /** Sessions looked at by the scanning repairs: all of the line's on small lines, a sample otherwise. */
    private static final int SCAN_SESSIONS = 64;

    /**
     * Frees money on line l by removing, one at a time, the trainee of lowest reduced value among
     * sessions of l above their minimum (all of them on a small line, a sample otherwise).
     */
    private boolean freeMoneyScan(int l, int exceptSession) {
        int[] ls = lineSessions[l];
        while (spend[l] > budget[l]) {
            int worst = -1;
            double worstR = Double.MAX_VALUE;
            int n = Math.min(ls.length, SCAN_SESSIONS);
            int offset = random.nextInt(Math.max(1, ls.length));
            for (int k = 0; k < n; k++) {
                int x = ls.length <= SCAN_SESSIONS ? ls[k] : ls[(offset + k * 7919) % ls.length];
                if (x == exceptSession || cnt[x] <= min[x]) {
                    continue;
                }
                for (int i = 0; i < cnt[x]; i++) {
                    int d = members[x][i];
                    if (!pinned[d] && reduced(asg[d]) < worstR) {
                        worstR = reduced(asg[d]);
                        worst = d;
                    }
                }
            }
            if (worst < 0) {
                return false;
            }
            set(worst, -1);
        }
        return true;
    }

    /** The lowest-value of a few sampled unpinned members of s, or -1. */
    private int weakMember(int s, int samples) {
        int worst = -1;
        for (int k = 0; k < samples; k++) {
            int d = randomEvictable(s);
            if (d >= 0 && (worst < 0 || optVal[asg[d]] < optVal[asg[worst]])) {
                worst = d;
            }
        }
        return worst;
    }

    /**
     * Spends what is left on line l: free people into running sessions of l with room, best reduced
     * value first, looking at a sample of sessions (a full scan would cost too much per move).
     */
    private void refill(int l, int samples) {
        int k = 0;
        for (int t = 0; t < samples; t++) {
            int x = random.nextInt(nS);
            if (line[x] != l || cnt[x] == 0 || cnt[x] >= cap[x]) {
                continue;
            }
            for (int i = sessOptStart[x]; i < sessOptStart[x + 1]; i++) {
                int o = sessOpt[i];
                int c = optCand[o];
                if (asg[c] < 0 && !pinned[c] && optVal[o] > 0 && k < tmpKeys.length) {
                    long key = (long) Math.max(0, Math.min(reduced(o) * 4.0 + (1L << 37), (double) (1L << 38)));
                    tmpKeys[k++] = (key << IDX_BITS) | o;
                }
            }
        }
        if (k == 0) {
            return;
        }
        Arrays.sort(tmpKeys, 0, k);
        for (int j = k - 1; j >= 0 && spend[l] < budget[l]; j--) {
            int o = (int) (tmpKeys[j] & IDX_MASK);
            int c = optCand[o];
            int x = optSess[o];
            if (asg[c] < 0 && cnt[x] < cap[x] && cnt[x] > 0 && spend[l] + cost[x] <= budget[l]) {
                set(c, o);
            }
        }
    }

    /** A free person takes the seat of a weak member of one of their running sessions. */
    private boolean replaceMove() {
        int c = randomMovableCandidate();
        if (c < 0 || asg[c] >= 0) {
            return false;
        }
        int k = optStart[c + 1] - optStart[c];
        int o = optStart[c] + random.nextInt(k);
        int s = optSess[o];
        if (cnt[s] == 0) {
            return false;
        }
        int d = weakMember(s, 3);
        if (d < 0 || optVal[asg[d]] >= optVal[o]) {
            return false;
        }
        set(d, -1);
        set(c, o);
        return true;
    }

    private boolean changeMove() {
        int c = randomMovableCandidate();
        if (c < 0) {
            return false;
        }
        int k = optStart[c + 1] - optStart[c];
        int pick = random.nextInt(k + 1);
        int o = pick == k ? -1 : optStart[c] + pick;
        if (o == asg[c]) {
            return false;
        }
        if (o < 0) {
            set(c, -1);
            return true;
        }
        int s = optSess[o];
        if (cnt[s] >= cap[s]) {
            int d = random.nextBoolean() ? randomEvictable(s) : weakMember(s, 3);
            if (d < 0) {
                return false;
            }
            // the evicted person goes to another of their options with room, or out
            int alt = -1;
            int dk = optStart[d + 1] - optStart[d];
            if (random.nextBoolean() && dk > 1) {
                int ao = optStart[d] + random.nextInt(dk);
                int as = optSess[ao];
                if (as != s && cnt[as] > 0 && cnt[as] < cap[as]) {
                    alt = ao;
                }
            }
            set(d, alt);
        }
        set(c, o);
        int l = line[s];
        if (spend[l] > budget[l]) {
            if (random.nextBoolean() && cnt[s] > min[s]) {
                int d = weakMember(s, 3);
                if (d >= 0 && d != c) {
                    set(d, -1);
                }
            }
            return freeMoney(l, s);
        }
        return true;
    }

    private boolean swapMove() {
        int c = randomMovableCandidate();
        if (c < 0 || asg[c] < 0) {
            return false;
        }
        int s1 = optSess[asg[c]];
        int k = optStart[c + 1] - optStart[c];
        int o2 = optStart[c] + random.nextInt(k);
        int s2 = optSess[o2];
        if (s2 == s1 || cnt[s2] == 0) {
            return false;
        }
        int n = cnt[s2];
        int start = random.nextInt(n);
        for (int i = 0; i < n; i++) {
            int d = members[s2][(start + i) % n];
            if (pinned[d]) {
                continue;
            }
            int od = optionOf(d, s1);
            if (od >= 0) {
                set(c, -1);
                set(d, od);
                set(c, o2);
                return true;
            }
        }
        return false;
    }

    private boolean closeMove() {
        // pick an open session
        int s = -1;
        for (int tries = 0; tries < 16; tries++) {
            int x = random.nextInt(nS);
            if (cnt[x] > 0 && pinnedCnt[x] == 0) {
                s = x;
                break;
            }
        }
        if (s < 0) {
            return false;
        }
        closeAndReseat(s);
        refill(line[s], REFILL_SAMPLES);
        return true;
    }

    private void closeAndReseat(int s) {
        int n = cnt[s];
        int[] freed = new int[n];
        for (int i = 0; i < n; i++) {
            freed[i] = members[s][i];
        }
        for (int c : freed) {
            set(c, -1);
        }
        // each freed person takes their best option in another running session with room and money
        for (int c : freed) {
            int bestO = -1;
            long bestV = Long.MIN_VALUE;
            for (int o = optStart[c]; o < optStart[c + 1]; o++) {
                int x = optSess[o];
                if (x == s || cnt[x] == 0 || cnt[x] >= cap[x] || spend[line[x]] + cost[x] > budget[line[x]]) {
                    continue;
                }
                if (optVal[o] > bestV) {
                    bestV = optVal[o];
                    bestO = o;
                }
            }
            if (bestO >= 0 && bestV > 0) {
                set(c, bestO);
            }
        }
    }

    private boolean openMove() {
        int s = -1;
        for (int tries = 0; tries < 16; tries++) {
            int x = random.nextInt(nS);
            if (cnt[x] == 0 && sessOptStart[x + 1] - sessOptStart[x] >= min[x]) {
                s = x;
                break;
            }
        }
        if (s < 0) {
            return false;
        }
        int l = line[s];
        // gains of moving each eligible person into s
        int from = sessOptStart[s];
        int to = sessOptStart[s + 1];
        int k = 0;
        for (int i = from; i < to; i++) {
            int o = sessOpt[i];
            int c = optCand[o];
            if (pinned[c]) {
                continue;
            }
            long gain = optVal[o] - (asg[c] >= 0 ? optVal[asg[c]] : 0);
            // a person already placed is only taken when their session keeps its minimum (checked below)
            tmpKeys[k++] = ((gain + (1L << 36)) << IDX_BITS) | (i - from);
        }
        if (k < min[s] || min[s] > cap[s]) {
            return false;
        }
        Arrays.sort(tmpKeys, 0, k);
        // the best cohort by gain: at least the minimum, then more while it pays; sources may fall
        // under their own minimum and the line over budget: the penalties price that, and money is
        // freed from the weakest trainees of the line
        int taken = 0;
        int most = random.nextBoolean() ? min[s] : cap[s];
        for (int j = k - 1; j >= 0 && taken < most; j--) {
            int i = from + (int) (tmpKeys[j] & IDX_MASK);
            int o = sessOpt[i];
            int c = optCand[o];
            long gain = optVal[o] - (asg[c] >= 0 ? optVal[asg[c]] : 0);
            if (gain <= 0 && taken >= min[s]) {
                break;
            }
            set(c, o);
            taken++;
        }
        if (spend[l] > budget[l]) {
            // the full scan pays on small lines (sample-s: +0.1-0.2 %); on large ones it slowed the moves
            if (lineSessions[l].length > SCAN_SESSIONS || random.nextBoolean()) {
                freeMoney(l, s);
            } else {
                freeMoneyScan(l, s);
            }
        }
        refill(l, REFILL_SAMPLES / 2);
        return true;
    }

    // ------------------------------------------------------------------ Lagrangian dual (open sessions)

    /** Estimated LP share of each session being open (from {@link #lagrangianDual}), null before. */
    double[] openShare;
    /** Best (lowest) value of the Lagrangian dual found: an upper bound on the objective, scaled. */
    double dualBound = Double.POSITIVE_INFINITY;
    long dualIterations;

    /**
     * Subgradient search on the Lagrangian dual of the strong LP relaxation (x <= y), relaxing
     * "one session per candidate" (mu per candidate) and the budget lines (lambda per line). For given
     * multipliers the problem splits per session: a session opens when its best cohort of reduced values
     * {@code value - mu(c) - lambda(line) * cost}, of size between min and capacity, is positive. The
     * dual equals the strong LP bound, whose open sessions are (on the samples) exactly the optimum's:
     * the averaged open indicators guide the construction. Iteration-bounded, hence reproducible.
     *
     * @param lowerBound value of a known feasible assignment (for Polyak steps)
     * @return the lambda per line (per cent) of the best dual point
     */
    double[] lagrangianDual(long lowerBound, int maxIterations, long deadlineNanos) {
        double avgCost = Math.max(1, averageCost());
        double[] mu = new double[nC];
        double[] lam = new double[nL]; // per average cost
        if (lambda != null) {
            for (int l = 0; l < nL; l++) {
                lam[l] = lambda[l] * avgCost;
            }
        }
        double[] gC = new double[nC];
        double[] gL = new double[nL];
        double[] ybar = new double[nS];
        double[] bestLam = lam.clone();
        double best = Double.POSITIVE_INFINITY;
        double theta = 1.0;
        int sinceImprovement = 0;
        int maxDeg = 1;
        for (int s = 0; s < nS; s++) {
            maxDeg = Math.max(maxDeg, sessOptStart[s + 1] - sessOptStart[s]);
        }
        double[] red = new double[maxDeg];
        int[] idx = new int[maxDeg];
        long[] keys = new long[maxDeg];
        boolean[] open = new boolean[nS];
        int it = 0;
        for (; it < maxIterations && !pastDeadline(deadlineNanos); it++) {
            double dual = 0;
            Arrays.fill(gC, 1.0);
            for (int c = 0; c < nC; c++) {
                if (pinned[c]) {
                    gC[c] = 0;
                }
                dual += mu[c];
            }
            for (int l = 0; l < nL; l++) {
                gL[l] = Math.max(0, budget[l] - pinnedSpend[l]) / avgCost;
                dual += lam[l] * gL[l];
            }
            for (int s = 0; s < nS; s++) {
                double perTrainee = lam[line[s]] * cost[s] / avgCost;
                int from = sessOptStart[s];
                int k = 0;
                for (int i = from; i < sessOptStart[s + 1]; i++) {
                    int o = sessOpt[i];
                    int c = optCand[o];
                    if (pinned[c]) {
                        continue;
                    }
                    double r = optVal[o] - mu[c] - perTrainee;
                    red[k] = r;
                    idx[k] = o;
                    // sort key: reduced value, descending; position in the low bits
                    long bits = Double.doubleToLongBits(-r);
                    bits = bits < 0 ? ~bits : bits | Long.MIN_VALUE;
                    keys[k] = bits;
                    k++;
                }
                open[s] = false;
                int room = cap[s] - pinnedCnt[s];
                int need = Math.max(0, min[s] - pinnedCnt[s]);
                if (k < need || room <= 0 || (pinnedCnt[s] == 0 && k == 0)) {
                    continue;
                }
                // top "room" reduced values by a partial selection (sort: sessions are small)
                int[] ord = sortDesc(red, k);
                double sum = 0;
                double bestSum = 0;
                int take = 0;
                for (int j = 0; j < Math.min(k, room); j++) {
                    sum += red[ord[j]];
                    if (j + 1 >= need && sum > bestSum) {
                        bestSum = sum;
                        take = j + 1;
                    }
                }
                if (take > 0 && bestSum > 0) {
                    open[s] = true;
                    dual += bestSum;
                    for (int j = 0; j < take; j++) {
                        int o = idx[ord[j]];
                        gC[optCand[o]] -= 1;
                        gL[line[s]] -= cost[s] / avgCost;
                    }
                }
            }
            for (int s = 0; s < nS; s++) {
                ybar[s] = it == 0 ? (open[s] ? 1 : 0) : 0.9 * ybar[s] + 0.1 * (open[s] ? 1 : 0);
            }
            if (dual < best - 1e-9) {
                best = dual;
                bestLam = lam.clone();
                sinceImprovement = 0;
            } else if (++sinceImprovement >= 15) {
                theta /= 2;
                sinceImprovement = 0;
            }
            double norm = 0;
            for (int c = 0; c < nC; c++) {
                if (mu[c] > 0 || gC[c] < 0) {
                    norm += gC[c] * gC[c];
                }
            }
            for (int l = 0; l < nL; l++) {
                if (lam[l] > 0 || gL[l] < 0) {
                    norm += gL[l] * gL[l];
                }
            }
            if (norm < 1e-12 || theta < 1e-6) {
                break;
            }
            double step = theta * Math.max(dual - lowerBound, 1e-3 * Math.abs(dual)) / norm;
            for (int c = 0; c < nC; c++) {
                mu[c] = Math.max(0, mu[c] - step * gC[c]);
            }
            for (int l = 0; l < nL; l++) {
                lam[l] = Math.max(0, lam[l] - step * gL[l]);
            }
        }
        dualIterations = it;
        dualBound = best;
        openShare = ybar;
        double[] perCent = new double[nL];
        for (int l = 0; l < nL; l++) {
            perCent[l] = bestLam[l] / avgCost;
        }
        return perCent;
    }

    private static int[] sortDesc(double[] values, int k) {
        long[] keys = new long[k];
        for (int i = 0; i < k; i++) {
            long bits = Double.doubleToLongBits(values[i]);
            // order-preserving map of doubles to longs, negated for a descending sort
            long ordered = bits < 0 ? ~bits : bits | Long.MIN_VALUE;
            keys[i] = ordered;
        }
        // sort indices by keys descending
        int[] ord = new int[k];
        long[][] pairs = new long[k][];
        for (int i = 0; i < k; i++) {
            pairs[i] = new long[] {keys[i], i};
        }
        Arrays.sort(pairs, (a, b) -> Long.compareUnsigned(b[0], a[0]));
        for (int i = 0; i < k; i++) {
            ord[i] = (int) pairs[i][1];
        }
        return ord;
    }

    // ------------------------------------------------------------------ exact allocation and polish

    /** Money left on line l. */
    private long room(int l) {
        return Math.max(budget[l], pinnedSpend[l]) - spend[l];
    }

    /** Whether one unpinned trainee may leave s without breaking its minimum. */
    private boolean canLeave(int s) {
        int n = cnt[s] - 1;
        return n == 0 || n >= min[s] || n <= pinnedCnt[s];
    }

    /**
     * Re-allocates the seats of the currently open sessions by {@link FlowAllocator} (budget lines priced,
     * prices searched by bisection) then {@link #polish}; keeps the result when it is better and feasible.
     *
     * @return whether the state improved
     */
    boolean flowReallocate(int steps, long deadlineNanos) {
        if (!isFeasible()) {
            return false;
        }
        boolean[] open = new boolean[nS];
        for (int s = 0; s < nS; s++) {
            open[s] = cnt[s] > 0;
        }
        return flowReallocate(open, steps, deadlineNanos);
    }

    boolean flowReallocate(boolean[] open, int steps, long deadlineNanos) {
        long before = obj;
        int[] saved = snapshot();
        long[] best = {Long.MIN_VALUE};
        int[][] bestAsg = {null};
        FlowAllocator fa = new FlowAllocator(this, open);
        double[] prices = lambda == null ? new double[nL] : lambda.clone();
        double[] current = prices;
        long[] bestRepaired = {Long.MIN_VALUE};
        double[] reached = fa.search(prices, steps, deadlineNanos, a -> {
            long tp = System.nanoTime();
            restore(a);
            flowObj = Math.max(flowObj, isFeasible() ? obj : Long.MIN_VALUE);
            // only the promising repaired flows are polished (the polish costs more than the repair)
            if (repairToFeasible(current) && !pastDeadline(deadlineNanos)
                    && obj >= bestRepaired[0] - Math.abs(bestRepaired[0]) / 500) {
                bestRepaired[0] = Math.max(bestRepaired[0], obj);
                polish(deadlineNanos);
                if (obj > best[0] && isFeasible()) {
                    best[0] = obj;
                    bestAsg[0] = snapshot();
                }
            }
            polishNanos += System.nanoTime() - tp;
        });
        lastFlows = fa.flows;
        if (bestAsg[0] != null && best[0] > before) {
            restore(bestAsg[0]);
            if (reached != null) {
                lambda = reached;
            }
            return true;
        }
        restore(saved);
        return false;
    }

    /**
     * Makes a flow's assignment fit the budget lines by removing, one at a time, the trainee of lowest
     * reduced value among sessions that keep their minimum; a session left under its minimum is closed.
     * False when a line cannot be brought under its amount.
     */
    private boolean repairToFeasible(double[] prices) {
        for (int s = 0; s < nS; s++) {
            if (!sessionOk(s)) {
                // the flow could not reach its minimum: close it (the polish re-seats its people)
                for (int i = cnt[s] - 1; i >= 0; i--) {
                    if (!pinned[members[s][i]]) {
                        setRaw(members[s][i], -1);
                    }
                }
                if (!sessionOk(s)) {
                    return false;
                }
            }
        }
        for (int l = 0; l < nL; l++) {
            while (!lineOk(l)) {
                int worst = -1;
                double worstR = Double.MAX_VALUE;
                for (int x : lineSessions[l]) {
                    if (cnt[x] == 0 || !canLeave(x)) {
                        continue;
                    }
                    for (int i = 0; i < cnt[x]; i++) {
                        int d = members[x][i];
                        if (pinned[d]) {
                            continue;
                        }
                        double r = optVal[asg[d]] - prices[l] * cost[x];
                        if (r < worstR) {
                            worstR = r;
                            worst = d;
                        }
                    }
                }
                if (worst < 0) {
                    return false;
                }
                setRaw(worst, -1);
            }
        }
        logSize = 0;
        return true;
    }

    /** Options x expected trainees: the work of one flow, roughly (one shortest path per trainee). */
    double flowWorkEstimate() {
        double costSum = 0;
        for (int s = 0; s < nS; s++) {
            costSum += cost[s];
        }
        double avgCost = nS == 0 ? 1 : Math.max(1, costSum / nS);
        double money = 0;
        for (int l = 0; l < nL; l++) {
            money += budget[l];
        }
        return (double) optSess.length * Math.min(nC, money / avgCost);
    }

    int lastFlows;
    long polishNanos;
    long flowObj;

    /**
     * Hill climbing in feasible space, first improvement, until no move improves: a free person takes a
     * seat where money and room are left; a trainee moves to a better option; a free person replaces the
     * weakest trainee of a session of the same line (the money freed may pay a dearer seat); a free
     * person takes a trainee's seat while that trainee moves to another option with room.
     */
    void polish(long deadlineNanos) {
        beginMove();
        int[] weakest = new int[nS];
        boolean improved = true;
        while (improved && !pastDeadline(deadlineNanos)) {
            improved = false;
            // add / move
            for (int c = 0; c < nC; c++) {
                if (pinned[c]) {
                    continue;
                }
                int cur = asg[c];
                int cs = cur >= 0 ? optSess[cur] : -1;
                if (cs >= 0 && !canLeave(cs)) {
                    continue;
                }
                long curV = cur >= 0 ? optVal[cur] : 0;
                int bestO = -1;
                long bestGain = 0;
                for (int o = optStart[c]; o < optStart[c + 1]; o++) {
                    int x = optSess[o];
                    if (x == cs || cnt[x] == 0 || cnt[x] >= cap[x]) {
                        continue;
                    }
                    long freed = cs >= 0 && line[cs] == line[x] ? cost[cs] : 0;
                    if (cost[x] - freed > room(line[x])) {
                        continue;
                    }
                    long gain = optVal[o] - curV;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestO = o;
                    }
                }
                if (bestO >= 0) {
                    setRaw(c, bestO);
                    improved = true;
                }
            }
            // weakest unpinned member of every session
            for (int s = 0; s < nS; s++) {
                weakest[s] = -1;
                for (int i = 0; i < cnt[s]; i++) {
                    int d = members[s][i];
                    if (!pinned[d] && (weakest[s] < 0 || optVal[asg[d]] < optVal[asg[weakest[s]]])) {
                        weakest[s] = d;
                    }
                }
            }
            for (int c = 0; c < nC && !pastDeadline(deadlineNanos); c++) {
                if (pinned[c] || asg[c] >= 0) {
                    continue;
                }
                search:
                for (int o = optStart[c]; o < optStart[c + 1]; o++) {
                    int x = optSess[o];
                    if (cnt[x] == 0 || optVal[o] <= 0) {
                        continue;
                    }
                    int l = line[x];
                    // replace the weakest of a session y of the same line
                    for (int y : lineSessions[l]) {
                        int d = weakest[y];
                        if (d < 0 || asg[d] < 0 || optSess[asg[d]] != y) {
                            continue;
                        }
                        if (optVal[o] <= optVal[asg[d]]) {
                            continue;
                        }
                        if (y != x && (cnt[x] >= cap[x] || !canLeave(y) || cost[x] - cost[y] > room(l))) {
                            continue;
                        }
                        setRaw(d, -1);
                        setRaw(c, o);
                        weakest[y] = -1;
                        weakest[x] = -1;
                        improved = true;
                        break search;
                    }
                    // chain: c takes the seat of d in x, d moves to another option with room and money
                    if (cnt[x] < cap[x]) {
                        continue;
                    }
                    for (int i = 0; i < cnt[x]; i++) {
                        int d = members[x][i];
                        if (pinned[d]) {
                            continue;
                        }
                        long dv = optVal[asg[d]];
                        for (int od = optStart[d]; od < optStart[d + 1]; od++) {
                            int z = optSess[od];
                            if (z == x || cnt[z] == 0 || cnt[z] >= cap[z] || cost[z] > room(line[z])) {
                                continue;
                            }
                            if (optVal[o] + optVal[od] - dv > 0) {
                                setRaw(d, od);
                                setRaw(c, o);
                                weakest[x] = -1;
                                weakest[z] = -1;
                                improved = true;
                                break search;
                            }
                        }
                    }
                }
            }
        }
        logSize = 0;
    }

    /** Open-set search statistics, for tuning: evaluations (flows re-allocations) and improvements. */
    int openSetEvaluations;
    int openSetImprovements;

    /**
     * Local search over the set of open sessions with {@link #flowReallocate} as the evaluator: from the
     * current (feasible) state, neighbours are "close one open session", "open one closed session" and
     * "close one, open another on the same budget line"; they are tried in the order of an estimate at the
     * current line prices (a session's worth = the sum of its members' reduced values {@code value − λ·cost};
     * a closed session's = its best cohort, min..capacity, of reduced-value gains over what the people hold
     * now) and the first that the flow improves is kept (first improvement, re-ranked after each). Stops at a
     * local optimum (every neighbour evaluated without improvement) or at the deadline. Sessions holding a
     * pinned trainee stay open.
     *
     * @param steps flows per evaluation
     * @return whether the state improved
     */
    boolean openSetSearch(int steps, long deadlineNanos) {
        if (!isFeasible()) {
            return false;
        }
        long before = obj;
        while (!pastDeadline(deadlineNanos)) {
            boolean[] open = new boolean[nS];
            for (int s = 0; s < nS; s++) {
                open[s] = cnt[s] > 0;
            }
            java.util.List<double[]> moves = rankedOpenSetMoves(open);
            boolean improved = false;
            for (double[] m : moves) {
                if (pastDeadline(deadlineNanos)) {
                    break;
                }
                boolean[] next = open.clone();
                if (m[0] >= 0) {
                    next[(int) m[0]] = false;
                }
                if (m[1] >= 0) {
                    next[(int) m[1]] = true;
                }
                openSetEvaluations++;
                if (flowReallocate(next, steps, deadlineNanos)) {
                    openSetImprovements++;
                    if (FlowAllocator.DEBUG) {
                        System.err.printf("  open set: close %d open %d -> %d after %d evaluations%n", (int) m[0],
                                (int) m[1], obj, openSetEvaluations);
                    }
                    improved = true;
                    break;
                }
            }
            if (!improved) {
                break;
            }
        }
        return obj > before;
    }

    /**
     * Neighbours of the open set as {close, open, estimate} (-1: none): close one, open one, close one and open
     * another of the same line; sessions holding a pinned trainee stay open. Ranked by an estimate at the current
     * line prices (an open session's worth is the sum of its members' reduced values, a closed session's its best
     * cohort of reduced-value gains over what each person holds now), pure opens and closes first.
     */
    java.util.List<double[]> rankedOpenSetMoves(boolean[] open) {
        double[] price = lambda == null ? new double[nL] : lambda;
        double[] worth = new double[nS];
        double[] reducedHeld = new double[nC];
        for (int c = 0; c < nC; c++) {
            if (asg[c] >= 0) {
                int s = optSess[asg[c]];
                reducedHeld[c] = Math.max(0, optVal[asg[c]] - price[line[s]] * cost[s]);
            }
        }
        for (int s = 0; s < nS; s++) {
            if (open[s]) {
                double w = 0;
                for (int i = 0; i < cnt[s]; i++) {
                    int d = members[s][i];
                    w += optVal[asg[d]] - price[line[s]] * cost[s];
                }
                worth[s] = w;
            } else {
                worth[s] = closedWorth(s, price, reducedHeld);
            }
        }
        java.util.List<double[]> moves = new java.util.ArrayList<>();
        for (int s = 0; s < nS; s++) {
            boolean closable = open[s] && pinnedCnt[s] == 0;
            if (closable) {
                moves.add(new double[] {s, -1, -worth[s]});
            }
            if (!open[s] && worth[s] > Double.NEGATIVE_INFINITY) {
                moves.add(new double[] {-1, s, worth[s]});
                for (int x : lineSessions[line[s]]) {
                    if (open[x] && pinnedCnt[x] == 0) {
                        moves.add(new double[] {x, s, worth[s] - worth[x]});
                    }
                }
            }
        }
        // pure opens and closes first, then the swaps (round 6: on sample-s every improving step was a pure
        // one, and the many swaps pushed the needed close past the evaluations a loaded machine affords)
        moves.sort((a, b) -> {
            int pa = a[0] >= 0 && a[1] >= 0 ? 1 : 0;
            int pb = b[0] >= 0 && b[1] >= 0 ? 1 : 0;
            return pa != pb ? Integer.compare(pa, pb) : Double.compare(b[2], a[2]);
        });
        return moves;
    }

    /** Best cohort (min..capacity members) of a closed session by reduced-value gain; -inf when none. */
    private double closedWorth(int s, double[] price, double[] reducedHeld) {
        int n = sessOptStart[s + 1] - sessOptStart[s];
        double[] gains = new double[n];
        int k = 0;
        for (int i = sessOptStart[s]; i < sessOptStart[s + 1]; i++) {
            int o = sessOpt[i];
            int c = optCand[o];
            if (pinned[c]) {
                continue;
            }
            gains[k++] = optVal[o] - price[line[s]] * cost[s] - reducedHeld[c];
        }
        int need = Math.max(1, min[s]);
        if (k < need) {
            return Double.NEGATIVE_INFINITY;
        }
        Arrays.sort(gains, 0, k);
        double sum = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < Math.min(k, cap[s]); j++) {
            sum += gains[k - 1 - j];
            if (j + 1 >= need) {
                best = Math.max(best, sum);
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ exchange walks (round 5)

    int exchangeImprovements;
    /** Multiplier of the other lines' prices in the exchange graph. */
    private double priceFactor = 1;
    private static final double[] PRICE_FACTORS = {1, 2, 0.5};

    /**
     * On the fixed open set, searches improving exchange walks: from the free pool X through open sessions and
     * back to X, an edge being one candidate's move (a free person takes a seat, a trainee changes session, a
     * trainee leaves) or a seat slack (a session with a free seat keeps one more, a session above its minimum
     * keeps one less). For each budget line, the best walk of at most {@code maxSteps} edges per money change is
     * found by dynamic programming over that line's money in units of the gcd of its costs (exact), the other
     * lines priced at {@code lambda} × a factor; an improving walk may overspend the line, then walks of least
     * loss per euro freed are added until it fits (the last euros of a line). Kept only when the whole is
     * feasible and better. Repeated until none is found or the deadline.
     */
    boolean exchangeSearch(int maxSteps, long deadlineNanos) {
        return exchangeSearch(maxSteps, deadlineNanos, false);
    }

    /** As {@link #exchangeSearch(int, long)}; with {@code once}, returns after the first improvement. */
    boolean exchangeSearch(int maxSteps, long deadlineNanos, boolean once) {
        if (!isFeasible()) {
            return false;
        }
        long before = obj;
        boolean found = true;
        while (found && !pastDeadline(deadlineNanos)) {
            found = false;
            for (int f = 0; f < PRICE_FACTORS.length && !found; f++) {
                priceFactor = PRICE_FACTORS[f];
                for (int l = 0; l < nL && !pastDeadline(deadlineNanos); l++) {
                    if (exchangeOnLine(l, maxSteps, deadlineNanos)) {
                        exchangeImprovements++;
                        found = true;
                        if (once) {
                            return true;
                        }
                    }
                }
            }
        }
        return obj > before;
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Exchange graph of one budget line: edges between the free pool X and all open sessions. */
    private final class ExchangeGraph {
        final int l;
        /** A second line whose money is kept exactly (in labels, {@link #solve2}); -1 when none. */
        final int l2;
        final int xNode;
        final int[] nodeOf = new int[nS];
        final long g;
        final int bound;
        final int width;
        long g2;
        int bound2;
        int nE;
        int[] eFrom, eTo, eMoney, eMoney2, eCand, eOpt;
        long[] eGain; // true objective change (option values)
        long[] ePriced; // minus the other lines' prices times their money change
        long[][] best;
        int[][] pred;
        static final long NEG = Long.MIN_VALUE / 4;

        ExchangeGraph(int l) {
            this(l, -1);
        }

        ExchangeGraph(int l, int l2) {
            this.l = l;
            this.l2 = l2;
            Arrays.fill(nodeOf, -1);
            int n = 0;
            long gg = 0;
            long maxCost = 0;
            for (int s = 0; s < nS; s++) {
                if (cnt[s] > 0) {
                    nodeOf[s] = n++;
                    if (line[s] == l) {
                        gg = gcd(gg, cost[s]);
                        maxCost = Math.max(maxCost, cost[s]);
                    }
                }
            }
            xNode = n;
            g = gg;
            bound = gg <= 0 ? 0 : (int) Math.min(1500, 2 * (maxCost / gg));
            width = 2 * bound + 1;
            if (l2 >= 0) {
                long g2g = 0;
                long max2 = 0;
                for (int s = 0; s < nS; s++) {
                    if (cnt[s] > 0 && line[s] == l2) {
                        g2g = gcd(g2g, cost[s]);
                        max2 = Math.max(max2, cost[s]);
                    }
                }
                g2 = g2g;
                bound2 = g2g <= 0 ? 0 : (int) Math.min(1500, 2 * (max2 / g2g));
            }
        }

        private int units(int s, long sign) {
            return line[s] == l ? (int) (sign * cost[s] / g) : 0;
        }

        private int units2(int s, long sign) {
            return line[s] == l2 && g2 > 0 ? (int) (sign * cost[s] / g2) : 0;
        }

        private long price(int s, long sign) {
            return line[s] == l || line[s] == l2 || lambda == null ? 0
                    : Math.round(sign * priceFactor * lambda[line[s]] * cost[s]);
        }

        private void add(int pass, int from, int to, int money, int money2, long gain, long priced, int c, int o) {
            if (pass == 1) {
                eFrom[nE] = from; eTo[nE] = to; eMoney[nE] = money; eMoney2[nE] = money2; eGain[nE] = gain;
                ePriced[nE] = priced; eCand[nE] = c; eOpt[nE] = o;
            }
            nE++;
        }

        /** Rebuilds the edges on the current state. */
        void build() {
            for (int pass = 0; pass < 2; pass++) {
                nE = 0;
                for (int c = 0; c < nC; c++) {
                    if (pinned[c]) {
                        continue;
                    }
                    int a = asg[c];
                    int from = xNode;
                    int sa = -1;
                    long fromVal = 0;
                    if (a >= 0) {
                        sa = optSess[a];
                        from = nodeOf[sa];
                        if (from < 0) {
                            continue;
                        }
                        fromVal = optVal[a];
                        add(pass, from, xNode, units(sa, -1), units2(sa, -1), -fromVal, -fromVal - price(sa, -1), c, -1);
                    }
                    for (int o = optStart[c]; o < optStart[c + 1]; o++) {
                        int sb = optSess[o];
                        int to = nodeOf[sb];
                        if (to < 0 || to == from) {
                            continue;
                        }
                        int money = units(sb, 1) + (sa >= 0 ? units(sa, -1) : 0);
                        int money2 = units2(sb, 1) + (sa >= 0 ? units2(sa, -1) : 0);
                        long gain = optVal[o] - fromVal;
                        add(pass, from, to, money, money2, gain,
                                gain - price(sb, 1) - (sa >= 0 ? price(sa, -1) : 0), c, o);
                    }
                }
                for (int s = 0; s < nS; s++) {
                    if (nodeOf[s] < 0) {
                        continue;
                    }
                    if (canLeave(s) && cnt[s] > pinnedCnt[s]) {
                        add(pass, xNode, nodeOf[s], 0, 0, 0, 0, -1, -1);
                    }
                    if (cnt[s] < cap[s]) {
                        add(pass, nodeOf[s], xNode, 0, 0, 0, 0, -1, -1);
                    }
                }
                if (pass == 0) {
                    eFrom = new int[nE]; eTo = new int[nE]; eMoney = new int[nE]; eMoney2 = new int[nE];
                    eCand = new int[nE];
                    eOpt = new int[nE]; eGain = new long[nE]; ePriced = new long[nE];
                }
            }
        }

        /** Best priced closed walks X → sessions → X (X not visited in between), per length and money. */
        boolean solve(int maxSteps, long deadlineNanos) {
            int nN = xNode + 1;
            if (best == null) {
                best = new long[maxSteps + 1][nN * width];
                pred = new int[maxSteps + 1][nN * width];
            }
            for (long[] row : best) {
                Arrays.fill(row, NEG);
            }
            best[0][xNode * width + bound] = 0;
            for (int k = 1; k <= maxSteps; k++) {
                if (pastDeadline(deadlineNanos)) {
                    return false;
                }
                long[] prev = best[k - 1];
                long[] cur = best[k];
                int[] pr = pred[k];
                for (int e = 0; e < nE; e++) {
                    if (k > 1 && eFrom[e] == xNode) {
                        continue;
                    }
                    int base = eFrom[e] * width;
                    int tbase = eTo[e] * width;
                    int dm = eMoney[e];
                    long gain = ePriced[e];
                    int lo = Math.max(0, -dm);
                    int hi = Math.min(width, width - dm);
                    for (int m = lo; m < hi; m++) {
                        long v = prev[base + m];
                        if (v == NEG) {
                            continue;
                        }
                        v += gain;
                        int idx = tbase + m + dm;
                        if (v > cur[idx]) {
                            cur[idx] = v;
                            pr[idx] = e;
                        }
                    }
                }
            }
            return true;
        }

        // two exact lines (round 6): per (length, node, money of l) a few Pareto labels (money of l2, value)
        int maxLabels;
        int[][] lCount;
        int[][] lM2;
        long[][] lVal;
        int[][] lPredE;
        int[][] lPredJ;

        /**
         * Like {@link #solve} but the money of line l2 is exact too: each state keeps up to {@code labels}
         * labels not dominated in (less money of l2, more value); when full, the one of worst value priced at
         * l2's lambda is dropped, so the best priced label (what {@link #solve} keeps) always survives.
         */
        boolean solve2(int maxSteps, int labels, long deadlineNanos) {
            maxLabels = labels;
            int nN = xNode + 1;
            int states = nN * width;
            lCount = new int[maxSteps + 1][];
            lM2 = new int[maxSteps + 1][];
            lVal = new long[maxSteps + 1][];
            lPredE = new int[maxSteps + 1][];
            lPredJ = new int[maxSteps + 1][];
            lCount[0] = new int[states];
            lM2[0] = new int[states * labels];
            lVal[0] = new long[states * labels];
            lCount[0][xNode * width + bound] = 1;
            int[] outStart = new int[nN + 1];
            for (int e = 0; e < nE; e++) {
                outStart[eFrom[e] + 1]++;
            }
            for (int u = 0; u < nN; u++) {
                outStart[u + 1] += outStart[u];
            }
            int[] outE = new int[nE];
            int[] fill = outStart.clone();
            for (int e = 0; e < nE; e++) {
                outE[fill[eFrom[e]]++] = e;
            }
            double p2 = lambda == null ? 0 : lambda[l2] * g2;
            for (int k = 1; k <= maxSteps; k++) {
                if (pastDeadline(deadlineNanos)) {
                    return false;
                }
                lCount[k] = new int[states];
                lM2[k] = new int[states * labels];
                lVal[k] = new long[states * labels];
                lPredE[k] = new int[states * labels];
                lPredJ[k] = new int[states * labels];
                int[] pc = lCount[k - 1];
                int[] pm = lM2[k - 1];
                long[] pv = lVal[k - 1];
                for (int u = 0; u < nN; u++) {
                    if (k > 1 && u == xNode) {
                        continue;
                    }
                    for (int m = 0; m < width; m++) {
                        int ps = u * width + m;
                        int n = pc[ps];
                        if (n == 0) {
                            continue;
                        }
                        for (int x = outStart[u]; x < outStart[u + 1]; x++) {
                            int e = outE[x];
                            int m1 = m + eMoney[e];
                            if (m1 < 0 || m1 >= width) {
                                continue;
                            }
                            int ts = eTo[e] * width + m1;
                            for (int j = 0; j < n; j++) {
                                int q = ps * labels + j;
                                int m2 = pm[q] + eMoney2[e];
                                if (m2 > bound2 || m2 < -bound2) {
                                    continue;
                                }
                                insert(k, ts, m2, pv[q] + ePriced[e], e, j, p2);
                            }
                        }
                    }
                }
            }
            return true;
        }

        private void insert(int k, int ts, int m2, long v, int e, int j, double p2) {
            int[] count = lCount[k];
            int[] ms = lM2[k];
            long[] vs = lVal[k];
            int[] pe = lPredE[k];
            int[] pj = lPredJ[k];
            int base = ts * maxLabels;
            int n = count[ts];
            for (int i = 0; i < n; i++) {
                if (ms[base + i] <= m2 && vs[base + i] >= v) {
                    return; // dominated
                }
            }
            int w = 0;
            for (int i = 0; i < n; i++) {
                int q = base + i;
                if (ms[q] >= m2 && vs[q] <= v) {
                    continue; // dominated by the new label
                }
                if (w != i) {
                    int r = base + w;
                    ms[r] = ms[q]; vs[r] = vs[q]; pe[r] = pe[q]; pj[r] = pj[q];
                }
                w++;
            }
            int slot = base + w;
            if (w == maxLabels) {
                int worst = -1;
                double worstValue = v - p2 * m2;
                for (int i = 0; i < w; i++) {
                    double pv = vs[base + i] - p2 * ms[base + i];
                    if (pv < worstValue) {
                        worstValue = pv;
                        worst = i;
                    }
                }
                count[ts] = w;
                if (worst < 0) {
                    return;
                }
                slot = base + worst;
            } else {
                count[ts] = w + 1;
            }
            ms[slot] = m2; vs[slot] = v; pe[slot] = e; pj[slot] = j;
        }

        int[] walk2(int k, int m, int j) {
            int node = xNode;
            int[] w = new int[k];
            for (int i = k; i >= 1; i--) {
                int q = (node * width + m) * maxLabels + j;
                int e = lPredE[i][q];
                w[i - 1] = e;
                j = lPredJ[i][q];
                m -= eMoney[e];
                node = eFrom[e];
            }
            return w;
        }

        int[] walk(int k, int m) {
            int node = xNode;
            int[] w = new int[k];
            for (int j = k; j >= 1; j--) {
                int e = pred[j][node * width + m];
                w[j - 1] = e;
                m -= eMoney[e];
                node = eFrom[e];
            }
            return w;
        }

        /** Applies a walk (logged); false, and undone, when a candidate is not where the walk expects it. */
        boolean apply(int[] w) {
            int mark = logSize;
            for (int e : w) {
                int c = eCand[e];
                if (c < 0) {
                    continue;
                }
                int a = asg[c];
                int at = a < 0 ? xNode : nodeOf[optSess[a]];
                if (at != eFrom[e]) {
                    undoTo(mark);
                    return false;
                }
                set(c, eOpt[e]);
            }
            for (int i = 0; i < touchedSCount; i++) {
                int s = touchedS[i];
                if (!sessionOk(s) || cnt[s] > Math.max(cap[s], pinnedCnt[s])) {
                    undoTo(mark);
                    return false;
                }
            }
            for (int i = 0; i < touchedLCount; i++) {
                if (touchedL[i] != l && !lineOk(touchedL[i])) {
                    undoTo(mark);
                    return false;
                }
            }
            return true;
        }
    }

    private void undoTo(int mark) {
        for (int i = logSize - 1; i >= mark; i--) {
            setRaw(logC[i], logOld[i]);
        }
        logSize = mark;
    }

    /**
     * One improving exchange on line l: an improving walk that may overspend the line (target), then
     * money-freeing walks of best loss per euro until the line fits again (repair). Kept when the whole is
     * feasible and better.
     */
    private boolean exchangeOnLine(int l, int maxSteps, long deadlineNanos) {
        ExchangeGraph gr = new ExchangeGraph(l);
        if (gr.g <= 0 || (long) (maxSteps + 1) * (gr.xNode + 1) * gr.width > 8_000_000L) {
            return false; // no open session on the line, or the tables would be too large
        }
        gr.build();
        if (!gr.solve(maxSteps, deadlineNanos)) {
            return false;
        }
        int width = gr.width;
        int bound = gr.bound;
        long roomUnits = Math.floorDiv(room(l), gr.g);
        // targets: best priced walk per money, positive true gain, any money up to the bound
        java.util.List<long[]> targets = new java.util.ArrayList<>();
        for (int m = 0; m < width; m++) {
            for (int k = 2; k <= maxSteps; k++) {
                long v = gr.best[k][gr.xNode * width + m];
                if (v > 0) {
                    targets.add(new long[] {v, k, m});
                }
            }
        }
        targets.sort((p, q) -> Long.compare(q[0], p[0]));
        long start = obj;
        int tries = 0;
        int repairs = 0;
        for (long[] t : targets) {
            if (++tries > 60 || pastDeadline(deadlineNanos)) {
                break;
            }
            if (t[2] - bound > roomUnits && repairs >= 6) {
                continue;
            }
            beginMove();
            if (!gr.apply(gr.walk((int) t[1], (int) t[2])) || obj <= start) {
                undo();
                continue;
            }
            if (t[2] - bound <= roomUnits) {
                if (lineOk(l)) {
                    logSize = 0;
                    return true;
                }
                undo();
                continue;
            }
            // repair: free money on l by the walk of best loss per euro, until the line fits
            repairs++;
            boolean fits = false;
            for (int r = 0; r < 12 && obj > start && !pastDeadline(deadlineNanos); r++) {
                int mark = logSize;
                ExchangeGraph rg = new ExchangeGraph(l);
                rg.build();
                if (!rg.solve(maxSteps, deadlineNanos)) {
                    break;
                }
                long need = Math.floorDiv(-room(l) + rg.g - 1, rg.g); // units still to free
                double bestRatio = Double.POSITIVE_INFINITY;
                int bk = -1;
                int bm = -1;
                for (int m = 0; m < rg.bound; m++) { // money < 0: frees
                    long freed = rg.bound - m;
                    for (int k = 2; k <= maxSteps; k++) {
                        long v = rg.best[k][rg.xNode * rg.width + m];
                        if (v == ExchangeGraph.NEG) {
                            continue;
                        }
                        double ratio = -(double) v / Math.min(freed, need);
                        if (ratio < bestRatio) {
                            bestRatio = ratio;
                            bk = k;
                            bm = m;
                        }
                    }
                }
                if (bk < 0 || !rg.apply(rg.walk(bk, bm))) {
                    break;
                }
                if (logSize == mark) {
                    break;
                }
                if (lineOk(l)) {
                    fits = true;
                    break;
                }
            }
            if (fits && obj > start && touchedFeasible()) {
                logSize = 0;
                return true;
            }
            undo();
        }
        return false;
    }

    int exchange2Improvements;

    /**
     * Exchange walks exact in the money of two lines at once (round 6): for each ordered pair of lines (l, l2),
     * the DP of {@link #exchangeSearch} over l's money with Pareto labels on l2's money. Finds the improving
     * chains that net zero on both lines (the one-line DP prices l2 linearly and keeps, per state, a walk that
     * overspends l2 instead). Kept only when feasible and better; repeated until none or the deadline.
     */
    boolean exchangeSearch2(int maxSteps, int labels, long deadlineNanos) {
        if (!isFeasible() || nL < 2) {
            return false;
        }
        priceFactor = 1;
        long before = obj;
        boolean found = true;
        while (found && !pastDeadline(deadlineNanos)) {
            found = false;
            for (int l = 0; l < nL; l++) {
                for (int l2 = 0; l2 < nL && !pastDeadline(deadlineNanos); l2++) {
                    if (l2 != l && exchangeTwoLines(l, l2, maxSteps, labels, deadlineNanos)) {
                        exchange2Improvements++;
                        found = true;
                    }
                }
            }
        }
        return obj > before;
    }

    private boolean exchangeTwoLines(int l, int l2, int maxSteps, int labels, long deadlineNanos) {
        ExchangeGraph gr = new ExchangeGraph(l, l2);
        if (gr.g <= 0 || gr.g2 <= 0
                || (long) (maxSteps + 1) * (gr.xNode + 1) * gr.width * labels > 6_000_000L) {
            return false; // no open session on a line, or the tables would be too large
        }
        gr.build();
        if (!gr.solve2(maxSteps, labels, deadlineNanos)) {
            return false;
        }
        long room1 = Math.floorDiv(room(l), gr.g);
        long room2 = Math.floorDiv(room(l2), gr.g2);
        java.util.List<long[]> targets = new java.util.ArrayList<>();
        for (int k = 2; k <= maxSteps; k++) {
            for (int m = 0; m < gr.width && m - gr.bound <= room1; m++) {
                int ts = gr.xNode * gr.width + m;
                for (int j = 0; j < gr.lCount[k][ts]; j++) {
                    int q = ts * labels + j;
                    if (gr.lVal[k][q] > 0 && gr.lM2[k][q] <= room2) {
                        targets.add(new long[] {gr.lVal[k][q], k, m, j});
                    }
                }
            }
        }
        targets.sort((p, q) -> Long.compare(q[0], p[0]));
        long start = obj;
        int tries = 0;
        for (long[] t : targets) {
            if (++tries > 60 || pastDeadline(deadlineNanos)) {
                break;
            }
            beginMove();
            if (gr.apply(gr.walk2((int) t[1], (int) t[2], (int) t[3])) && obj > start && lineOk(l) && lineOk(l2)
                    && touchedFeasible()) {
                logSize = 0;
                return true;
            }
            undo();
        }
        return false;
    }

    // ------------------------------------------------------------------ write back

    int assignedOption(int c) {
        return asg[c];
    }
}
