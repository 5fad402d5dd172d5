package fr.passerelle.planning.domain;

import java.time.LocalDate;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A training session: a planning value. Immutable during solving. */
public final class Session {

    @PlanningId
    private final String id;
    private final int index;
    private final String label;
    private final int capacity;
    private final int minCohort;
    private final long costCents;
    private final BudgetLine budgetLine;
    private final LocalDate start;
    /** Soft penalty (scaled like the objective) per trainee for starting late; 0 unless configured. */
    private final long lateStartPenalty;
    /** Soft penalty (scaled) per empty seat when the session runs; 0 unless configured. */
    private final long emptySeatPenalty;

    public Session(String id, int index, String label, int capacity, int minCohort, long costCents,
            BudgetLine budgetLine, LocalDate start, long lateStartPenalty, long emptySeatPenalty) {
        this.id = id;
        this.index = index;
        this.label = label;
        this.capacity = capacity;
        this.minCohort = minCohort;
        this.costCents = costCents;
        this.budgetLine = budgetLine;
        this.start = start;
        this.lateStartPenalty = lateStartPenalty;
        this.emptySeatPenalty = emptySeatPenalty;
    }

    public Session(String id, int index, int capacity, int minCohort, long costCents, BudgetLine budgetLine) {
        this(id, index, id, capacity, minCohort, costCents, budgetLine, null, 0L, 0L);
    }

    public String getId() { return id; }
    public int getIndex() { return index; }
    public String getLabel() { return label; }
    public int getCapacity() { return capacity; }
    /** As in the format: 0 or 1 means no minimum. */
    public int getMinCohort() { return minCohort; }
    public long getCostCents() { return costCents; }
    public BudgetLine getBudgetLine() { return budgetLine; }
    public LocalDate getStart() { return start; }
    public long getLateStartPenalty() { return lateStartPenalty; }
    public long getEmptySeatPenalty() { return emptySeatPenalty; }

    @Override
    public String toString() { return id; }
}
