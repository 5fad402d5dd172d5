package fr.passerelle.planning.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sumLong;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

import fr.passerelle.planning.domain.Candidate;

/**
 * The rules of planning-instance.md, one per method. Hard scores count broken units
 * (trainees, euros); the soft score is the objective scaled by {@code ObjectiveScale.FACTOR}.
 */
public final class AllocationConstraints implements ConstraintProvider {

    public static final String SESSION_OVER_CAPACITY = "Session over capacity";
    public static final String SESSION_BELOW_MINIMUM_COHORT = "Session below minimum cohort";
    public static final String BUDGET_LINE_OVERSPENT = "Budget line overspent";
    public static final String SESSION_NOT_AN_OPTION = "Session not an option";
    public static final String PLACEMENT_VALUE = "Placement value";
    public static final String LATE_START = "Late start";
    public static final String EMPTY_SEAT_IN_RUNNING_SESSION = "Empty seat in running session";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                sessionOverCapacity(factory),
                sessionBelowMinimumCohort(factory),
                budgetLineOverspent(factory),
                sessionNotAnOption(factory),
                placementValue(factory),
                lateStart(factory),
                emptySeatInRunningSession(factory),
        };
    }

    Constraint sessionOverCapacity(ConstraintFactory factory) {
        // A session gets at most `capacity` trainees: one hard point per trainee too many.
        return factory.forEach(Candidate.class)
                .filter(Candidate::isAssigned)
                .groupBy(Candidate::getSession, count())
                .filter((session, trainees) -> trainees > session.getCapacity())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (session, trainees) -> trainees - session.getCapacity())
                .asConstraint(SESSION_OVER_CAPACITY);
    }

    Constraint sessionBelowMinimumCohort(ConstraintFactory factory) {
        // A session runs with no trainee or with at least its minimum cohort: one hard point per missing trainee.
        return factory.forEach(Candidate.class)
                .filter(Candidate::isAssigned)
                .groupBy(Candidate::getSession, count())
                .filter((session, trainees) -> trainees < session.getMinCohort())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (session, trainees) -> session.getMinCohort() - trainees)
                .asConstraint(SESSION_BELOW_MINIMUM_COHORT);
    }

    Constraint budgetLineOverspent(ConstraintFactory factory) {
        // A budget line spends at most its amount: one hard point per euro (rounded up) over it.
        return factory.forEach(Candidate.class)
                .filter(Candidate::isAssigned)
                .groupBy(c -> c.getSession().getBudgetLine(), sumLong(c -> c.getSession().getCostCents()))
                .filter((line, spentCents) -> spentCents > line.getAmountCents())
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (line, spentCents) -> (spentCents - line.getAmountCents() + 99) / 100)
                .asConstraint(BUDGET_LINE_OVERSPENT);
    }

    Constraint sessionNotAnOption(ConstraintFactory factory) {
        // A candidate only goes to one of its options (the value range guarantees it; this guards imported plans).
        return factory.forEach(Candidate.class)
                .filter(c -> c.isAssigned() && !c.hasOption(c.getSession()))
                .penalizeLong(HardSoftLongScore.ONE_HARD, c -> 1L)
                .asConstraint(SESSION_NOT_AN_OPTION);
    }

    Constraint placementValue(ConstraintFactory factory) {
        // Maximise the sum over placed candidates of priority * score (scaled x1000).
        return factory.forEach(Candidate.class)
                .filter(Candidate::isAssigned)
                .rewardLong(HardSoftLongScore.ONE_SOFT, Candidate::getAssignedValue)
                .asConstraint(PLACEMENT_VALUE);
    }

    Constraint lateStart(ConstraintFactory factory) {
        // Optional (weight 0 by default): prefer sessions that start early, per trainee and per month of delay.
        return factory.forEach(Candidate.class)
                .filter(c -> c.isAssigned() && c.getSession().getLateStartPenalty() > 0)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, c -> c.getSession().getLateStartPenalty())
                .asConstraint(LATE_START);
    }

    Constraint emptySeatInRunningSession(ConstraintFactory factory) {
        // Optional (weight 0 by default): a session that runs should be full, per empty seat.
        return factory.forEach(Candidate.class)
                .filter(c -> c.isAssigned() && c.getSession().getEmptySeatPenalty() > 0)
                .groupBy(Candidate::getSession, count())
                .filter((session, trainees) -> trainees < session.getCapacity())
                .penalizeLong(HardSoftLongScore.ONE_SOFT,
                        (session, trainees) -> session.getEmptySeatPenalty() * (session.getCapacity() - trainees))
                .asConstraint(EMPTY_SEAT_IN_RUNNING_SESSION);
    }
}
