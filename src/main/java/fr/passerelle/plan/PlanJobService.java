package fr.passerelle.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.io.PlanWriter;
import fr.passerelle.planning.solver.CohortPhaseCommand;
import fr.passerelle.planning.solver.PlannerSolver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Solves scenarios asynchronously with OptaPlanner's SolverManager: one solve at a time (a second job waits behind
 * the first on a 2-core machine), states persisted, progress broadcast, failures recorded, early stop.
 */
@ApplicationScoped
public class PlanJobService {

    private static final Logger LOG = Logger.getLogger(PlanJobService.class);
    static final String SOLVER_VERSION = "OptaPlanner " + versionOf(SolverFactory.class) + " (Bavet)";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ScenarioPlans plans;
    private final PlanProgress progress;
    private final int seconds;
    private final SolverManager<AllocationPlan, Long> solverManager;
    private final SolutionManager<AllocationPlan, HardSoftLongScore> solutionManager;
    private final Map<Long, Instant> started = new ConcurrentHashMap<>();
    private final Set<Long> stoppedEarly = ConcurrentHashMap.newKeySet();
    private final Set<Long> provenOptimal = ConcurrentHashMap.newKeySet();
    private final CohortPhaseCommand cohortPhase;
    // The cohort phase reports its progress through one consumer: jobs run one at a time, so it is the running one.
    private volatile Long running;

    public PlanJobService(ScenarioPlans plans, PlanProgress progress,
                          @ConfigProperty(name = "passerelle.planner.seconds") int seconds,
                          @ConfigProperty(name = "passerelle.planner.parallel-solves") int parallelSolves) {
        this.plans = plans;
        this.progress = progress;
        this.seconds = seconds;
        PlannerSolver.Configured configured = PlannerSolver.configure(
                PlannerSolver.Settings.of(Duration.ofSeconds(seconds)), scaled -> {
                    Long id = running;
                    if (id != null) {
                        point(id, BigDecimal.valueOf(scaled, 3));
                    }
                });
        SolverConfig config = configured.config();
        this.cohortPhase = configured.cohortPhase();
        this.solutionManager = SolutionManager.create(SolverFactory.create(config));
        this.solverManager = SolverManager.create(config,
                new SolverManagerConfig().withParallelSolverCount(Integer.toString(parallelSolves)));
        cohortPhase.stopAskedBy(() -> {
            Long id = running;
            return id != null && stoppedEarly.contains(id);
        });
        // a plan proven optimal ends its job there (small cohorts: often in a second or two)
        cohortPhase.onProvenOptimal(() -> {
            Long id = running;
            if (id != null) {
                provenOptimal.add(id);
                // not on the solver's thread: SolverManager.terminateEarly waits until the solve has ended
                CompletableFuture.runAsync(() -> solverManager.terminateEarly(id));
            }
        });
    }

    /** A solve that was running or waiting when the application stopped will never finish: say so. */
    void markInterrupted(@Observes StartupEvent event) {
        int n = QuarkusTransaction.requiringNew().call(() -> PlanScenario.update(
                "status = ?1, errorMessage = ?2, endedAt = ?3 where status in (?4, ?5)", ScenarioStatus.INTERRUPTED,
                "the application stopped during the solve", Instant.now(), ScenarioStatus.WAITING, ScenarioStatus.SOLVING));
        if (n > 0) {
            LOG.infof("%d planning job(s) marked interrupted after a restart", n);
        }
    }

    @PreDestroy
    void close() {
        solverManager.close();
    }

    /** The score of a plan as the solver's rules see it (a counsellor's manual change may break a hard rule). */
    public HardSoftLongScore score(AllocationPlan plan) {
        return solutionManager.update(plan);
    }

    public int secondsLimit() {
        return seconds;
    }

    public void submit(long scenarioId) {
        progress.open(scenarioId);
        solverManager.solveAndListen(scenarioId, this::loadProblem, best -> onBest(scenarioId, best),
                best -> onFinal(scenarioId, best), (id, error) -> onError(scenarioId, error));
    }

    /**
     * Stops a solve early; its best plan so far is kept. A job still waiting is cancelled. Returns once the job has
     * ended (its plan saved) or was cancelled.
     */
    public void stop(long scenarioId) {
        if (solverManager.getSolverStatus(scenarioId) == SolverStatus.NOT_SOLVING) {
            return; // ended already (or unknown)
        }
        stoppedEarly.add(scenarioId);
        if (Objects.equals(running, scenarioId)) {
            cohortPhase.requestStop(); // the first phase does not see the solver's termination
        }
        solverManager.terminateEarly(scenarioId);
        // a job cancelled before it started (a conditional update: the solver thread may have started it meanwhile)
        boolean neverStarted = QuarkusTransaction.requiringNew().call(() -> PlanScenario.update(
                "status = ?1, errorMessage = ?2, endedAt = ?3, version = version + 1 where id = ?4 and status = ?5",
                ScenarioStatus.INTERRUPTED, "stopped before it started", Instant.now(), scenarioId,
                ScenarioStatus.WAITING) > 0);
        if (neverStarted) {
            stoppedEarly.remove(scenarioId);
            progress.close(scenarioId, new PlanProgress.Point(0, null, ScenarioStatus.INTERRUPTED.name()));
        }
    }

    private AllocationPlan loadProblem(long scenarioId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PlanScenario s = PlanScenario.findById(scenarioId);
            AllocationPlan problem = plans.withAssignments(s,
                    PlanAssignment.list("id.scenarioId = ?1 and pinned = true", scenarioId));
            s.status = ScenarioStatus.SOLVING;
            s.startedAt = Instant.now();
            s.solverVersion = SOLVER_VERSION;
            started.put(scenarioId, s.startedAt);
            running = scenarioId;
            return problem;
        });
    }

    private void onBest(long scenarioId, AllocationPlan best) {
        if (best.getScore() != null && best.getScore().isFeasible()) {
            point(scenarioId, PlanWriter.objective(best));
        }
    }

    private void point(long scenarioId, BigDecimal objective) {
        Instant start = started.getOrDefault(scenarioId, Instant.now());
        progress.record(scenarioId, new PlanProgress.Point(Duration.between(start, Instant.now()).toMillis(), objective,
                ScenarioStatus.SOLVING.name()));
    }

    private void onFinal(long scenarioId, AllocationPlan best) {
        running = null;
        Instant end = Instant.now();
        HardSoftLongScore score = best.getScore();
        BigDecimal objective = PlanWriter.objective(best);
        List<PlanProgress.Point> points = new ArrayList<>(progress.points(scenarioId));
        QuarkusTransaction.requiringNew().run(() -> {
            PlanScenario s = PlanScenario.findById(scenarioId);
            PlanAssignment.delete("id.scenarioId", scenarioId);
            for (Candidate c : best.getCandidates()) {
                if (c.getSession() != null || c.isPinned()) {
                    PlanAssignment.of(scenarioId, c).persist();
                }
            }
            s.status = ScenarioStatus.DONE;
            s.objective = objective.doubleValue();
            s.hardScore = score == null ? null : score.hardScore();
            s.endedAt = end;
            long spent = s.startedAt == null ? 0 : Duration.between(s.startedAt, end).toSeconds();
            boolean stopped = stoppedEarly.remove(scenarioId);
            String after = " after " + spent + " s (limit " + seconds + " s)";
            s.termination = provenOptimal.remove(scenarioId) ? "optimal (proven by branch and cut)" + after
                    : stopped ? "stopped early by a counsellor" + after
                    : "time limit " + seconds + " s";
            s.progressJson = toJson(points);
        });
        started.remove(scenarioId);
        progress.close(scenarioId, new PlanProgress.Point(points.isEmpty() ? 0 : points.get(points.size() - 1).millis(),
                objective, ScenarioStatus.DONE.name()));
    }

    private void onError(long scenarioId, Throwable error) {
        running = null;
        // the exception's message names rules or ids, never a person's data
        LOG.errorf(error, "planning job %d failed", scenarioId);
        QuarkusTransaction.requiringNew().run(() -> {
            PlanScenario s = PlanScenario.findById(scenarioId);
            if (s != null) {
                s.status = ScenarioStatus.FAILED;
                s.errorMessage = truncate(error.getClass().getSimpleName() + ": " + error.getMessage(), 2000);
                s.endedAt = Instant.now();
            }
        });
        started.remove(scenarioId);
        stoppedEarly.remove(scenarioId);
        provenOptimal.remove(scenarioId);
        progress.close(scenarioId, new PlanProgress.Point(0, null, ScenarioStatus.FAILED.name()));
    }

    private static String toJson(List<PlanProgress.Point> points) {
        try {
            return JSON.writeValueAsString(points);
        } catch (JsonProcessingException e) {
            return "[]";
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static String versionOf(Class<?> type) {
        String v = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
        return v == null ? "10.1.0" : v;
    }
}
