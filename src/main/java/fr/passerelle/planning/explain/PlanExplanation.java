package fr.passerelle.planning.explain;

import java.math.BigDecimal;
import java.util.List;

/** Explanations of a solved plan: score parts of each placement, reason of each non-placement. */
public record PlanExplanation(List<Placement> placements, List<Unplaced> unplaced) {

    /** A placement and its part of the objective: value = priority * score; cost charged to the line. */
    public record Placement(String candidate, String session, BigDecimal priority, BigDecimal score,
            BigDecimal value, BigDecimal costEur, String budgetLine) {
    }

    /** An unplaced candidate, the main reason, and per option what blocks it. */
    public record Unplaced(String candidate, UnassignedReason reason, List<OptionStatus> options) {
    }

    public record OptionStatus(String session, BigDecimal score, OptionBlock block) {
    }
}
