package fr.passerelle.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.io.InstanceReader;
import fr.passerelle.planning.testsupport.Instances;

/** A counsellor's stop ends the cohort phase's searches at once, long before their deadline, with a feasible plan. */
class StopRequestTest {

    private static final long A_MINUTE = 60_000_000_000L;

    @Test
    void a_stop_request_ends_the_annealing_with_its_best_plan() throws Exception {
        CohortEngine engine = engine("sample-m");
        long constructed = engine.obj;
        CompletableFuture<Void> search = CompletableFuture.runAsync(
                () -> engine.anneal(System.nanoTime() + A_MINUTE, 0.045, 0.00045, x -> { }));
        Thread.sleep(300);
        engine.stopRequested = true;

        search.get(20, TimeUnit.SECONDS);
        assertThat(engine.isFeasible()).isTrue();
        assertThat(engine.obj).isGreaterThanOrEqualTo(constructed);
    }

    @Test
    void a_stop_request_ends_the_branch_and_cut_without_claiming_a_proof() throws Exception {
        CohortEngine engine = engine("sample-s");
        SeatBranchAndBound.Stats stats = new SeatBranchAndBound.Stats();
        CompletableFuture<Boolean> search = CompletableFuture.supplyAsync(
                () -> SeatBranchAndBound.solveExactly(engine, System.nanoTime() + A_MINUTE, stats));
        Thread.sleep(100);
        engine.stopRequested = true;

        search.get(20, TimeUnit.SECONDS);
        assertThat(stats.proven).isZero();
        assertThat(stats.aborted).isTrue();
        assertThat(engine.isFeasible()).isTrue();
    }

    private static CohortEngine engine(String sample) {
        AllocationPlan plan = new InstanceReader().read(Instances.sampleJson(sample));
        CohortEngine engine = new CohortEngine(plan, 1);
        engine.construct(System.nanoTime() + 2_000_000_000L);
        return engine;
    }
}
