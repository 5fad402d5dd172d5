package fr.passerelle.planning.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** A funding line (e.g. FTJ DREETS Nord): the money its sessions may spend, in cents. */
public final class BudgetLine {

    @PlanningId
    private final String id;
    private final int index;
    private final String label;
    private final long amountCents;

    public BudgetLine(String id, int index, String label, long amountCents) {
        this.id = id;
        this.index = index;
        this.label = label;
        this.amountCents = amountCents;
    }

    public String getId() { return id; }
    public int getIndex() { return index; }
    public String getLabel() { return label; }
    public long getAmountCents() { return amountCents; }

    @Override
    public String toString() { return id; }
}
