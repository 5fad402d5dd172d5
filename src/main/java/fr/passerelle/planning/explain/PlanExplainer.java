package fr.passerelle.planning.explain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.BudgetLine;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.Session;
import fr.passerelle.planning.domain.SessionOption;

/** Explains a solved plan (any plan: solver, greedy or hand-made). */
public final class PlanExplainer {

    public PlanExplanation explain(AllocationPlan plan) {
        Map<Session, Integer> count = new IdentityHashMap<>();
        Map<BudgetLine, Long> spent = new HashMap<>();
        for (Candidate c : plan.getCandidates()) {
            Session s = c.getSession();
            if (s != null) {
                count.merge(s, 1, Integer::sum);
                spent.merge(s.getBudgetLine(), s.getCostCents(), Long::sum);
            }
        }
        List<PlanExplanation.Placement> placements = new ArrayList<>();
        List<PlanExplanation.Unplaced> unplaced = new ArrayList<>();
        for (Candidate c : plan.getCandidates()) {
            Session s = c.getSession();
            if (s != null) {
                SessionOption o = c.optionFor(s);
                placements.add(new PlanExplanation.Placement(c.getId(), s.getId(), c.getPriority(),
                        o == null ? null : o.score(), o == null ? BigDecimal.ZERO : o.exactValue(),
                        BigDecimal.valueOf(s.getCostCents(), 2), s.getBudgetLine().getId()));
                continue;
            }
            List<PlanExplanation.OptionStatus> statuses = new ArrayList<>();
            boolean anyOpenWithRoom = false;
            boolean anyNotOpened = false;
            boolean anyBudget = false;
            boolean positiveOpenWithRoom = false;
            boolean anyFull = false;
            for (SessionOption o : c.getOptions()) {
                Session x = o.session();
                int n = count.getOrDefault(x, 0);
                BudgetLine line = x.getBudgetLine();
                OptionBlock block;
                if (n >= x.getCapacity()) {
                    block = OptionBlock.SESSION_FULL;
                    anyFull = true;
                } else if (spent.getOrDefault(line, 0L) + x.getCostCents() > line.getAmountCents()) {
                    block = OptionBlock.BUDGET_LINE_EXHAUSTED;
                    anyBudget = true;
                } else if (n == 0 && x.getMinCohort() > 1) {
                    block = OptionBlock.SESSION_NOT_OPENED;
                    anyNotOpened = true;
                } else {
                    block = OptionBlock.OPEN_WITH_ROOM;
                    anyOpenWithRoom = true;
                    positiveOpenWithRoom |= o.value() > 0;
                }
                statuses.add(new PlanExplanation.OptionStatus(x.getId(), o.score(), block));
            }
            UnassignedReason reason;
            if (c.isPinned()) {
                reason = UnassignedReason.PINNED;
            } else if (c.getOptions().isEmpty()) {
                reason = UnassignedReason.NO_OPTION;
            } else if (anyOpenWithRoom) {
                reason = positiveOpenWithRoom ? UnassignedReason.NOT_CHOSEN : UnassignedReason.NO_VALUE;
            } else if (anyNotOpened && !anyBudget && !anyFull) {
                reason = UnassignedReason.SESSION_NOT_OPENED;
            } else if (anyBudget && !anyNotOpened && !anyFull) {
                reason = UnassignedReason.BUDGET_LINE_EXHAUSTED;
            } else if (anyFull && !anyNotOpened && !anyBudget) {
                reason = UnassignedReason.SESSIONS_FULL;
            } else {
                reason = UnassignedReason.LOWER_VALUE_THAN_PLACED;
            }
            unplaced.add(new PlanExplanation.Unplaced(c.getId(), reason, statuses));
        }
        return new PlanExplanation(placements, unplaced);
    }
}
