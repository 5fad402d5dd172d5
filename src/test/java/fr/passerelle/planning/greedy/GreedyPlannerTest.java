package fr.passerelle.planning.greedy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.io.InstanceReader;
import fr.passerelle.planning.io.PlanWriter;
import fr.passerelle.planning.testsupport.Instances;
import fr.passerelle.planning.testsupport.PlanChecker;

class GreedyPlannerTest {

    @Test
    void takes_the_best_pairs_then_closes_sessions_under_their_minimum_and_refills() {
        // S1 needs 3: only C1 and C2 want it -> closed; they fall back to S2
        String json = Instances.named("g").line("L", 10_000).session("S1", 5, 3, 100, "L").session("S2", 5, 0, 100, "L")
                .candidate("C1", 1, "S1", 90, "S2", 50).candidate("C2", 1, "S1", 80, "S2", 40).json();
        AllocationPlan plan = new GreedyPlanner().solve(new InstanceReader().read(json));
        PlanChecker.Report report = PlanChecker.check(json, PlanWriter.toJson(plan, 0));
        assertThat(report.violations()).isEmpty();
        assertThat(report.recomputedObjective()).isEqualByComparingTo("90");
    }

    @Test
    void gives_a_feasible_plan_on_sample_s() {
        String json = Instances.sampleJson("sample-s");
        AllocationPlan plan = new GreedyPlanner().solve(new InstanceReader().read(json));
        PlanChecker.Report report = PlanChecker.check(json, PlanWriter.toJson(plan, 0));
        assertThat(report.violations()).isEmpty();
        assertThat(report.objectiveMatches()).isTrue();
        assertThat(report.recomputedObjective().doubleValue()).isBetween(0.8 * 17067.7, 0.9 * 17067.7);
    }
}
