package fr.passerelle.planning.domain;

/**
 * Weights of the optional soft rules counsellors may switch on, in objective units
 * (one unit = 1 point of priority * score). {@link #NONE} is used for shared-format
 * instances so that the soft score equals the format's objective.
 *
 * @param lateStartPerMonth penalty per trainee and per month between the earliest session start and theirs
 * @param emptySeat penalty per empty seat in a session that runs (favours full cohorts)
 */
public record PlannerWeights(double lateStartPerMonth, double emptySeat) {

    public static final PlannerWeights NONE = new PlannerWeights(0, 0);

    public long emptySeatScaled() {
        return Math.round(emptySeat * ObjectiveScale.FACTOR);
    }
}
