package fr.passerelle.planning.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.Session;
import fr.passerelle.planning.testsupport.Instances;

class PlanExplainerTest {

    @Test
    void gives_score_parts_of_placements_and_a_reason_for_each_unplaced_candidate() {
        AllocationPlan plan = Instances.named("e").line("L1", 200).line("L2", 1000)
                .session("FULL", 1, 0, 100, "L1").session("POOR", 5, 0, 150, "L1").session("CLOSED", 5, 3, 10, "L2")
                .candidate("PLACED", 1.5, "FULL", 40)
                .candidate("NONE", 1)
                .candidate("SEATS", 1, "FULL", 30)
                .candidate("MONEY", 1, "POOR", 30)
                .candidate("NOT_OPEN", 1, "CLOSED", 30)
                .candidate("MIXED", 1, "FULL", 20, "CLOSED", 20)
                .plan();
        Map<String, Session> sessions = plan.getSessions().stream().collect(Collectors.toMap(Session::getId, s -> s));
        Map<String, Candidate> candidates = plan.getCandidates().stream().collect(Collectors.toMap(Candidate::getId, c -> c));
        candidates.get("PLACED").setSession(sessions.get("FULL"));

        PlanExplanation explanation = new PlanExplainer().explain(plan);

        assertThat(explanation.placements()).singleElement().satisfies(p -> {
            assertThat(p.candidate()).isEqualTo("PLACED");
            assertThat(p.value()).isEqualByComparingTo("60");
            assertThat(p.costEur()).isEqualByComparingTo("100");
            assertThat(p.budgetLine()).isEqualTo("L1");
        });
        Map<String, UnassignedReason> reasons = explanation.unplaced().stream()
                .collect(Collectors.toMap(PlanExplanation.Unplaced::candidate, PlanExplanation.Unplaced::reason));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(
                "NONE", UnassignedReason.NO_OPTION,
                "SEATS", UnassignedReason.SESSIONS_FULL,
                "MONEY", UnassignedReason.BUDGET_LINE_EXHAUSTED,
                "NOT_OPEN", UnassignedReason.SESSION_NOT_OPENED,
                "MIXED", UnassignedReason.LOWER_VALUE_THAN_PLACED));
    }
}
