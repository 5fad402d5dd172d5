package fr.passerelle.planning.solver;

import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.event.SolverEventListener;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.Candidate;

/**
 * Builds the OptaPlanner solver: Bavet constraint streams, a {@link CohortPhaseCommand} first
 * phase (Lagrangian cohort construction + annealing on arrays), then OptaPlanner local search
 * (change, swap and whole-session moves, late acceptance) on the full constraint score until the limit.
 */
public final class PlannerSolver {

    /**
     * @param limit total wall-clock time of the solve
     * @param cohortShare part of the limit given to the cohort phase; the rest goes to OptaPlanner local search
     * @param environmentMode {@code REPRODUCIBLE} in production, {@code FULL_ASSERT} in tests
     */
    public record Settings(Duration limit, double cohortShare, long seed, EnvironmentMode environmentMode,
            double startTemperature, double endTemperature) {

        public static Settings of(Duration limit) {
            // temperatures as shares of an average placement value (measured on sample-s/m: 0.045 -> 0.00045)
            return new Settings(limit, 0.9, 42L, EnvironmentMode.REPRODUCIBLE, 0.045, 0.00045);
        }

        public Settings withCohortShare(double share) {
            return new Settings(limit, share, seed, environmentMode, startTemperature, endTemperature);
        }

        public Settings withEnvironmentMode(EnvironmentMode mode) {
            return new Settings(limit, cohortShare, seed, mode, startTemperature, endTemperature);
        }

        public Settings withTemperatures(double start, double end) {
            return new Settings(limit, cohortShare, seed, environmentMode, start, end);
        }
    }

    private PlannerSolver() {
    }

    /**
     * Time kept back from the limit for what runs outside the phases' clocks: building the solver (Bavet
     * network, about 0.5 s on a cold JVM, before OptaPlanner's clock starts), the last local-search step,
     * the final clone and the return. At most 0.4 s, a tenth of short limits.
     */
    static long reserveMillis(long limitMillis) {
        return Math.min(400, limitMillis / 10);
    }

    public static SolverConfig solverConfig(Settings settings, LongConsumer cohortProgress) {
        return configure(settings, cohortProgress).config();
    }

    /** A solver configuration and its cohort phase (to stop it, or to hear that it proved its plan optimal). */
    public record Configured(SolverConfig config, CohortPhaseCommand cohortPhase) {
    }

    public static Configured configure(Settings settings, LongConsumer cohortProgress) {
        long limitMillis = settings.limit().toMillis();
        long targetMillis = Math.max(1, limitMillis - reserveMillis(limitMillis));
        long phaseMillis = (long) (targetMillis * settings.cohortShare());
        // the lambda search is a small part; it stops early on small instances anyway
        long constructionMillis = Math.max(200, phaseMillis / 5);
        CohortPhaseCommand command = new CohortPhaseCommand(constructionMillis, phaseMillis,
                settings.startTemperature(), settings.endTemperature(), settings.seed(), cohortProgress);
        List<PhaseConfig> phases = List.of(
                new CustomPhaseConfig().withCustomPhaseCommandList(List.of(command)),
                localSearch());
        SolverConfig config = new SolverConfig()
                .withSolutionClass(AllocationPlan.class)
                .withEntityClasses(Candidate.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(AllocationConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(settings.environmentMode())
                .withRandomSeed(settings.seed())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofMillis(targetMillis)))
                .withPhaseList(phases);
        return new Configured(config, command);
    }

    static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        // fixed weights: by size, whole-session moves (3 per session) would almost never be picked
                        new ChangeMoveSelectorConfig().withFixedProbabilityWeight(0.5),
                        new SwapMoveSelectorConfig().withFixedProbabilityWeight(0.3),
                        new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SessionMoveIteratorFactory.class)
                                .withFixedProbabilityWeight(0.2)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /** A construction heuristic only phase list, for comparison in experiments. */
    static ConstructionHeuristicPhaseConfig defaultConstruction() {
        return new ConstructionHeuristicPhaseConfig();
    }

    public static Solver<AllocationPlan> buildSolver(Settings settings, LongConsumer cohortProgress,
            SolverEventListener<AllocationPlan> listener) {
        Solver<AllocationPlan> solver = SolverFactory.<AllocationPlan>create(solverConfig(settings, cohortProgress))
                .buildSolver();
        if (listener != null) {
            solver.addEventListener(listener);
        }
        return solver;
    }

    /**
     * Solves and returns the best plan; its score is set. The limit is wall-clock from this call to the
     * return, building the solver included: the cohort phase ends by an absolute deadline and the local
     * search is stopped ({@link Solver#terminateEarly()}) at the limit minus {@link #reserveMillis}.
     */
    public static AllocationPlan solve(AllocationPlan problem, Settings settings, LongConsumer progress) {
        long t0 = System.nanoTime();
        long limitMillis = settings.limit().toMillis();
        long targetNanos = Math.max(1, limitMillis - reserveMillis(limitMillis)) * 1_000_000L;
        Configured configured = configure(settings, progress);
        CohortPhaseCommand cohortPhase = configured.cohortPhase();
        cohortPhase.endBy(t0 + (long) (targetNanos * settings.cohortShare()));
        Solver<AllocationPlan> solver = SolverFactory.<AllocationPlan>create(configured.config()).buildSolver();
        solver.addEventListener(event -> progress.accept(((HardSoftLongScore) event.getNewBestScore()).softScore()));
        java.util.Timer timer = new java.util.Timer("planner-deadline", true);
        long delayMillis = Math.max(0, (t0 + targetNanos - System.nanoTime()) / 1_000_000L);
        // repeated: a request made before solve() starts is reset by it
        timer.scheduleAtFixedRate(new java.util.TimerTask() {
            @Override
            public void run() {
                solver.terminateEarly();
            }
        }, delayMillis, 20);
        // a plan proven optimal by the cohort phase ends the solve there
        cohortPhase.onProvenOptimal(solver::terminateEarly);
        try {
            return solver.solve(problem);
        } finally {
            timer.cancel();
        }
    }
}
