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
 * First phase: builds whole cohorts under the budget (Lagrangian greedy) and improves them by
 * simulated annealing on primitive arrays ({@link CohortEngine}), then writes the result into the
 * working solution through the score director. Pinned candidates are never changed.
 */
public final class CohortPhaseCommand implements CustomPhaseCommand<AllocationPlan> {

    private final long constructionMillis;
    private final long phaseMillis;
    private final double startTemperature;
    private final double endTemperature;
    private final long seed;
    private final LongConsumer progress;

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

    @Override
    public void changeWorkingSolution(ScoreDirector<AllocationPlan> scoreDirector) {
        long start = System.nanoTime();
        AllocationPlan plan = scoreDirector.getWorkingSolution();
        CohortEngine engine = new CohortEngine(plan, seed);
        int[] incoming = engine.isFeasible() ? engine.snapshot() : null;
        long incomingObj = engine.obj;
        engine.construct(start + constructionMillis * 1_000_000L);
        if (incoming != null && incomingObj > engine.obj) {
            engine.restore(incoming);
        }
        progress.accept(engine.obj);
        if (System.getenv("PLANNER_DEBUG") != null) {
            System.err.printf("cohort phase: constructed %d missing %d over %d lambda %s in %d ms%n", engine.obj,
                    engine.minMissing, engine.overCents, java.util.Arrays.toString(engine.lambda),
                    (System.nanoTime() - start) / 1_000_000);
        }
        long phaseEnd = start + phaseMillis * 1_000_000L;
        if (phaseEnd > System.nanoTime()) {
            engine.anneal(phaseEnd, startTemperature, endTemperature, progress);
            progress.accept(engine.obj);
        }
        if (System.getenv("PLANNER_DEBUG") != null) {
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
