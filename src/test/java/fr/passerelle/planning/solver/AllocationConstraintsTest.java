package fr.passerelle.planning.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.BudgetLine;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.ObjectiveScale;
import fr.passerelle.planning.domain.Session;
import fr.passerelle.planning.domain.SessionOption;

class AllocationConstraintsTest {

    private final ConstraintVerifier<AllocationConstraints, AllocationPlan> verifier = ConstraintVerifier
            .build(new AllocationConstraints(), AllocationPlan.class, Candidate.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    // one line of 250 EUR; S1: capacity 3, minimum 2, 100 EUR a trainee
    private final BudgetLine line = new BudgetLine("L", 0, "L", 25_000);
    private final Session s1 = new Session("S1", 0, 3, 2, 10_000, line);
    private final Session other = new Session("S2", 1, 5, 0, 0, line);
    private int nextId;

    /** A candidate of priority 1.5 with score 40 on S1 (value 60) and on S2, assigned to the given session. */
    private Candidate candidate(Session assigned) {
        BigDecimal priority = new BigDecimal("1.5");
        BigDecimal score = new BigDecimal("40");
        BigDecimal value = priority.multiply(score);
        Candidate c = new Candidate("C" + nextId, nextId++, "WORKER", priority, List.of(
                new SessionOption(s1, score, value, ObjectiveScale.scale(value)),
                new SessionOption(other, score, value, ObjectiveScale.scale(value))));
        c.setSession(assigned);
        return c;
    }

    private Object[] candidates(int inS1, int unassigned) {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < inS1; i++) {
            list.add(candidate(s1));
        }
        for (int i = 0; i < unassigned; i++) {
            list.add(candidate(null));
        }
        return list.toArray();
    }

    @Test
    void penalizes_each_trainee_over_capacity() {
        verifier.verifyThat(AllocationConstraints::sessionOverCapacity).given(candidates(5, 0)).penalizesBy(2);
    }

    @Test
    void no_capacity_penalty_for_a_full_session() {
        verifier.verifyThat(AllocationConstraints::sessionOverCapacity).given(candidates(3, 0)).penalizesBy(0);
    }

    @Test
    void unassigned_candidates_do_not_count_against_capacity() {
        verifier.verifyThat(AllocationConstraints::sessionOverCapacity).given(candidates(3, 4)).penalizesBy(0);
    }

    @Test
    void penalizes_each_missing_trainee_below_min_cohort() {
        Session s = new Session("S3", 2, 10, 5, 100, line);
        Candidate a = candidate(null);
        Candidate b = candidate(null);
        a.setSession(s);
        b.setSession(s);
        verifier.verifyThat(AllocationConstraints::sessionBelowMinimumCohort).given(a, b).penalizesBy(3);
    }

    @Test
    void no_penalty_for_a_session_at_its_minimum() {
        verifier.verifyThat(AllocationConstraints::sessionBelowMinimumCohort).given(candidates(2, 0)).penalizesBy(0);
    }

    @Test
    void no_penalty_for_an_empty_session() {
        verifier.verifyThat(AllocationConstraints::sessionBelowMinimumCohort).given(candidates(0, 3)).penalizesBy(0);
    }

    @Test
    void unassigned_candidates_do_not_fill_a_cohort() {
        verifier.verifyThat(AllocationConstraints::sessionBelowMinimumCohort).given(candidates(1, 3)).penalizesBy(1);
    }

    @Test
    void penalizes_each_euro_over_the_budget_line() {
        // 3 x 100 EUR on a 250 EUR line
        verifier.verifyThat(AllocationConstraints::budgetLineOverspent).given(candidates(3, 0)).penalizesBy(50);
    }

    @Test
    void rounds_a_partial_euro_over_budget_up() {
        BudgetLine tight = new BudgetLine("T", 1, "T", 19_999);
        Session s = new Session("S4", 3, 5, 0, 10_000, tight);
        Candidate a = candidate(null);
        Candidate b = candidate(null);
        a.setSession(s);
        b.setSession(s);
        verifier.verifyThat(AllocationConstraints::budgetLineOverspent).given(a, b).penalizesBy(1);
    }

    @Test
    void no_budget_penalty_within_the_amount() {
        verifier.verifyThat(AllocationConstraints::budgetLineOverspent).given(candidates(2, 0)).penalizesBy(0);
    }

    @Test
    void unassigned_candidates_spend_nothing() {
        verifier.verifyThat(AllocationConstraints::budgetLineOverspent).given(candidates(2, 5)).penalizesBy(0);
    }

    @Test
    void penalizes_a_session_outside_the_candidate_options() {
        Session stranger = new Session("S9", 9, 5, 0, 0, line);
        Candidate c = candidate(null);
        c.setSession(stranger);
        verifier.verifyThat(AllocationConstraints::sessionNotAnOption).given(c, candidate(s1)).penalizesBy(1);
    }

    @Test
    void no_option_penalty_for_options_and_unassigned() {
        verifier.verifyThat(AllocationConstraints::sessionNotAnOption).given(candidates(2, 2)).penalizesBy(0);
    }

    @Test
    void rewards_priority_times_score_scaled_by_1000() {
        // 2 placed x 1.5 x 40 = 120 -> 120,000
        verifier.verifyThat(AllocationConstraints::placementValue).given(candidates(2, 0)).rewardsWith(120_000);
    }

    @Test
    void unassigned_candidates_earn_nothing() {
        verifier.verifyThat(AllocationConstraints::placementValue).given(candidates(1, 3)).rewardsWith(60_000);
    }

    @Test
    void late_start_costs_nothing_at_weight_zero() {
        verifier.verifyThat(AllocationConstraints::lateStart).given(candidates(3, 1)).penalizesBy(0);
    }

    @Test
    void penalizes_late_starts_per_trainee_when_weighted() {
        Session late = new Session("S5", 4, "late", 5, 0, 0, line, null, 2_000, 0);
        Candidate a = candidate(null);
        Candidate b = candidate(null);
        a.setSession(late);
        b.setSession(late);
        verifier.verifyThat(AllocationConstraints::lateStart).given(a, b, candidate(null)).penalizesBy(4_000);
    }

    @Test
    void penalizes_empty_seats_of_running_sessions_when_weighted() {
        Session s = new Session("S6", 5, "s6", 5, 0, 0, line, null, 0, 1_000);
        Session empty = new Session("S7", 6, "s7", 5, 0, 0, line, null, 0, 1_000);
        Candidate a = candidate(null);
        Candidate b = candidate(null);
        a.setSession(s);
        b.setSession(s);
        verifier.verifyThat(AllocationConstraints::emptySeatInRunningSession).given(a, b, candidate(null), empty)
                .penalizesBy(3_000);
    }

    @Test
    void empty_seats_cost_nothing_at_weight_zero() {
        verifier.verifyThat(AllocationConstraints::emptySeatInRunningSession).given(candidates(1, 1)).penalizesBy(0);
    }
}
