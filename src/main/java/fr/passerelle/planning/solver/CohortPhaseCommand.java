package fr.passerelle.planning.solver;

import java.util.List;
import java.util.function.LongConsumer;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.Session;
import fr.passerelle.planning.domain.SessionOption;

/**
 * First phase: builds whole cohorts under the budget (Lagrangian greedy), then, when the whole problem fits a dense
 * tableau (instances up to about 1,400 candidates), solves it by branch and cut ({@link SeatBranchAndBound}), else
 * improves it by simulated annealing on primitive arrays ({@link CohortEngine}) and exact steps on the open sessions;
 * writes the result into the working solution through the score director. Pinned candidates are never changed.
 */
public final class CohortPhaseCommand implements CustomPhaseCommand<AllocationPlan> {

    private final long constructionMillis;
    private final long phaseMillis;
    private final double startTemperature;
    private final double endTemperature;
    private final long seed;
    private final LongConsumer progress;
    /** Flows (price steps) per exact allocation. */
    private static final int FLOW_STEPS = 12;

    /**
     * @param constructionMillis most time for the lambda search of the construction
     * @param phaseMillis time for the whole phase; what the construction leaves goes to annealing (0 = construction only)
     * @param progress receives the best scaled objective while the phase runs (may be a no-op)
     */
    public CohortPhaseCommand(long constructionMillis, long phaseMillis, double startTemperature,
            double endTemperature, long seed, LongConsumer progress) {
        this.constructionMillis = constructionMillis;
        this.phaseMillis = phaseMillis;
        this.startTemperature = startTemperature;
        this.endTemperature = endTemperature;
        this.seed = seed;
        this.progress = progress;
    }

    private volatile Runnable onProvenOptimal = () -> { };
    /** The engine of the phase running now, null between phases. */
    private volatile CohortEngine running;
    private volatile java.util.function.BooleanSupplier stopAsked = () -> false;

    /** Asked when the phase starts: whether its solve was already stopped. */
    public void stopAskedBy(java.util.function.BooleanSupplier asked) {
        this.stopAsked = asked;
    }

    /** Called (on the solver's thread) when the phase proves its plan optimal: the caller may end the solve there. */
    public void onProvenOptimal(Runnable listener) {
        this.onProvenOptimal = listener;
    }

    /**
     * Ends the running phase now with its best plan (the solver's own terminateEarly only acts between phases and
     * in the local search). Nothing happens between phases.
     */
    public void requestStop() {
        CohortEngine engine = running;
        if (engine != null) {
            engine.stopRequested = true;
        }
    }

    /** Absolute end of the phase (System.nanoTime), 0 when only the relative phase time applies. */
    private volatile long endByNanos;

    /** Sets an absolute end for the phase, for a caller that knows when the solve started. */
    void endBy(long phaseEndNanos) {
        this.endByNanos = phaseEndNanos;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector) {
        long start = System.nanoTime();
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        CohortEngine engine = new CohortEngine(plan, seed);
        running = engine;
        // a stop asked between the job's start and this phase (after it, requestStop reaches the engine)
        engine.stopRequested = stopAsked.getAsBoolean();
        try {
            solve(engine, plan, scoreDirector, start);
        } finally {
            running = null;
        }
    }

    private void solve(CohortEngine engine, AllocationPlan plan, ScoreDirector<AllocationPlan> scoreDirector,
            long start) {
        int[] incoming = engine.isFeasible() ? engine.snapshot() : null;
        long incomingObj = engine.obj;
        long phaseEnd = start + phaseMillis * 1_000_000L;
        if (endByNanos != 0) {
            phaseEnd = Math.min(phaseEnd, endByNanos);
        }
        engine.construct(Math.min(phaseEnd, start + constructionMillis * 1_000_000L));
        if (incoming != null && incomingObj > engine.obj) {
            engine.restore(incoming);
        }
        progress.accept(engine.obj);
        if (System.getenv("PLANNER_DEBUG") != null) {
            System.err.printf("cohort phase: constructed %d missing %d over %d lambda %s in %d ms%n", engine.obj,
                    engine.minMissing, engine.overCents, java.util.Arrays.toString(engine.lambda),
                    (System.nanoTime() - start) / 1_000_000);
        }
        long span = phaseEnd - System.nanoTime();
        boolean debug = System.getenv("PLANNER_DEBUG") != null;
        if (span > 0 && SeatBranchAndBound.fitsOpenSets(engine)) {
            // the whole problem fits a tableau (sample-s-sized): branch and cut over open sessions and seats from the
            // construction, to the end of the phase or the proof (round 8; it replaces, on these instances, the
            // dual's flow, the annealing, the flows and the exact searches on one open set: see planner/README.md)
            SeatBranchAndBound.Stats stats = new SeatBranchAndBound.Stats();
            boolean better = SeatBranchAndBound.solveExactly(engine, phaseEnd, stats, progress);
            progress.accept(engine.obj);
            if (stats.proven > 0) {
                onProvenOptimal.run();
            }
            if (debug) {
                System.err.printf("cohort phase: branch and cut %s -> %d (%s, best found at %d ms) at %d ms%n",
                        better, engine.obj, stats, stats.bestFoundNanos == 0 ? 0 : (stats.bestFoundNanos - start) / 1_000_000,
                        (System.nanoTime() - start) / 1_000_000);
            }
            writeBack(engine, plan, scoreDirector);
            return;
        }
        // flows affordable: a flow costs about options x trainees / 3e7 s here (sample-m: ~2.5 s, sample-l:
        // over 60 s, so sample-l keeps the annealing alone)
        double flowSeconds = engine.flowWorkEstimate() / 3e7;
        int steps = (int) Math.min(FLOW_STEPS, 0.4 * span / 1e9 / Math.max(1e-6, flowSeconds));
        boolean flows = steps >= 3;
        boolean dualFlows = flows && steps * flowSeconds < 0.1 * span / 1e9;
        int[] dualState = null;
        long dualObj = Long.MIN_VALUE;
        if (span > 0 && dualFlows) {
            // 1. the open sessions of the Lagrangian dual of the strong LP (on the samples: the optimum's),
            //    seats allocated exactly by the priced flow
            long dualEnd = System.nanoTime() + span / 10;
            engine.lagrangianDual(engine.obj, 3000, dualEnd);
            boolean[] open = new boolean[engine.nS];
            for (int s = 0; s < engine.nS; s++) {
                open[s] = engine.openShare[s] > 0.5;
            }
            int[] constructed = engine.snapshot();
            boolean better = engine.flowReallocate(open, steps, System.nanoTime() + span / 5);
            progress.accept(engine.obj);
            if (better) {
                // kept aside: the annealing starts again from the construction (round 6: started from the dual's
                // state, it ended in an open set 37-55 open-set evaluations from sample-s's optimum, 4 seeds; from
                // the construction, 1-4 evaluations); the dual's prices stay as the flows' starting prices
                dualState = engine.snapshot();
                dualObj = engine.obj;
                engine.restore(constructed);
            }
            if (debug) {
                System.err.printf("cohort phase: dual bound %.0f, dual open set flow %s -> %d (%d flows) at %d ms%n",
                        engine.dualBound, better, dualState != null ? dualObj : engine.obj, engine.lastFlows,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
        if (span > 0) {
            // 2. annealing: which sessions open (shorter when the open-set search below is affordable: about 10
            //    estimated evaluations of `steps` flows in 30 % of the phase; was 20 until round 6, which skipped the
            //    search on sample-s when the machine was loaded: its estimate sits at the threshold)
            boolean openSearch = flows && 10 * steps * flowSeconds < 0.3 * span / 1e9;
            long annealEnd = flows ? start + (long) ((phaseEnd - start) * (openSearch ? 0.4 : 0.5)) : phaseEnd;
            if (annealEnd > System.nanoTime()) {
                engine.anneal(annealEnd, startTemperature, endTemperature, progress);
                progress.accept(engine.obj);
            }
            if (dualState != null && dualObj > engine.obj) {
                engine.restore(dualState);
            }
            // 3. exact allocation of the best open set
            long t3 = System.nanoTime();
            boolean better = flows && engine.flowReallocate(steps, start + (long) ((phaseEnd - start) * 0.88));
            long evaluationNanos = System.nanoTime() - t3;
            progress.accept(engine.obj);
            if (debug) {
                System.err.printf("cohort phase: annealed open set flow %s -> %d (%d flows, %d ms, open-set search %s)"
                        + " at %d ms%n", better, engine.obj, engine.lastFlows, evaluationNanos / 1_000_000, openSearch,
                        (System.nanoTime() - start) / 1_000_000);
            }
            // 4. local search over the open set, the flow as evaluator, when at least 4 evaluations fit
            //    (measured on the flow just made)
            //    (to 80 % of the phase, was 88 %: the exchange walks below need about a second on a loaded machine)
            // (to 65 % when the exact seat allocation below fits: it needs the time more than the search's last
            //  evaluations, which rarely improve; round 7)
            boolean exactSeats = flows && SeatBranchAndBound.fits(engine);
            long searchEnd = start + (long) ((phaseEnd - start) * (exactSeats ? 0.65 : 0.80));
            if (openSearch && 4 * evaluationNanos < searchEnd - System.nanoTime()) {
                better = engine.openSetSearch(steps, searchEnd);
                progress.accept(engine.obj);
                if (debug) {
                    System.err.printf("cohort phase: open-set search %s -> %d (%d evaluations, %d improving) at %d ms%n",
                            better, engine.obj, engine.openSetEvaluations, engine.openSetImprovements,
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
            // 4b. exchange walks priced exactly in one line's money, on the fixed open set
            if (flows && phaseEnd > System.nanoTime()) {
                long t4 = System.nanoTime();
                // at most 3/4 of what is left, the rest for the cool annealing (was 1/2 before round 6); a third
                // when the exact seat allocation follows (the walks give it a better allocation to beat, cheaply)
                long exchangeEnd = t4 + (phaseEnd - t4) * (exactSeats ? 1 : 3) / (exactSeats ? 3 : 4);
                // walks exact in two lines' money at once (cheap when they find nothing), alternated with one
                // improvement of the one-line walks (with their repair of the line), while either improves
                long before = engine.obj;
                boolean more = true;
                while (more && System.nanoTime() < exchangeEnd) {
                    boolean two = engine.exchangeSearch2(8, 8, exchangeEnd);
                    boolean one = engine.exchangeSearch(12, exchangeEnd, true);
                    more = two || one;
                }
                better = engine.obj > before;
                progress.accept(engine.obj);
                if (debug) {
                    System.err.printf("cohort phase: exchange search %s -> %d (%d + %d two-line improving, %d ms)"
                            + " at %d ms%n", better, engine.obj, engine.exchangeImprovements,
                            engine.exchange2Improvements, (System.nanoTime() - t4) / 1_000_000,
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
            // 4c. the exact seat allocation of the open set (branch and bound on its LP), to the end of the phase
            if (exactSeats && phaseEnd > System.nanoTime()) {
                long t5 = System.nanoTime();
                SeatBranchAndBound.Stats stats = new SeatBranchAndBound.Stats();
                // two thirds of what is left at most: when the seats are not proven by then, the open set is more
                // likely one move from a better one
                better = SeatBranchAndBound.improve(engine, t5 + (phaseEnd - t5) * 2 / 3, stats);
                progress.accept(engine.obj);
                if (debug) {
                    System.err.printf("cohort phase: exact seats %s -> %d (%s, %d ms) at %d ms%n", better, engine.obj,
                            stats, (System.nanoTime() - t5) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
                }
                // 4d. then the open-set search again, every neighbour's LP bound and seats exact (the flow's
                //     allocation under-rates some open sets: the first search could stop one session away)
                if (phaseEnd > System.nanoTime()) {
                    long t6 = System.nanoTime();
                    SeatBranchAndBound.Stats openStats = new SeatBranchAndBound.Stats();
                    better = SeatBranchAndBound.openSetSearch(engine, phaseEnd, openStats);
                    progress.accept(engine.obj);
                    if (debug) {
                        System.err.printf("cohort phase: exact open-set search %s -> %d (%s, %d ms) at %d ms%n", better,
                                engine.obj, openStats, (System.nanoTime() - t6) / 1_000_000,
                                (System.nanoTime() - start) / 1_000_000);
                    }
                }
            }
            // 5. a cool annealing to finish
            if (flows && phaseEnd > System.nanoTime()) {
                engine.anneal(phaseEnd, endTemperature * 10, endTemperature, progress);
                progress.accept(engine.obj);
            }
        }
        if (debug) {
            System.err.printf("cohort phase: objective %d, moves %d, accepted %d, stats %s%n", engine.obj,
                    engine.movesTried, engine.movesAccepted, java.util.Arrays.deepToString(engine.stats));
        }
        writeBack(engine, plan, scoreDirector);
    }

    static void writeBack(CohortEngine engine, AllocationPlan plan, ScoreDirector<AllocationPlan> scoreDirector) {
        List<Candidate> candidates = plan.getCandidates();
        for (int c = 0; c < candidates.size(); c++) {
            Candidate candidate = candidates.get(c);
            if (candidate.isPinned()) {
                continue;
            }
            int o = engine.assignedOption(c);
            Session target = o < 0 ? null : optionSession(candidate, o - engine.optStart[c]);
            if (candidate.getSession() != target) {
                scoreDirector.beforeVariableChanged(candidate, Candidate.SESSION);
                candidate.setSession(target);
                scoreDirector.afterVariableChanged(candidate, Candidate.SESSION);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    private static Session optionSession(Candidate candidate, int localIndex) {
        SessionOption option = candidate.getOptions().get(localIndex);
        return option.session();
    }
}
