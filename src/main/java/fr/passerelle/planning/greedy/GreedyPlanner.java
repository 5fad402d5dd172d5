package fr.passerelle.planning.greedy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.BudgetLine;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.Session;
import fr.passerelle.planning.domain.SessionOption;

/**
 * The spreadsheet way, as a baseline: take (candidate, session) pairs by decreasing
 * priority * score when the person is free, the session has room and the line has money; then
 * close the sessions under their minimum and refill with the remaining pairs, until every running
 * session reaches its minimum. Pinned candidates keep their session. Modifies the plan in place.
 */
public final class GreedyPlanner {

    private record Pair(Candidate candidate, SessionOption option) {
    }

    public AllocationPlan solve(AllocationPlan plan) {
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : plan.getCandidates()) {
            if (!c.isPinned()) {
                c.setSession(null);
                for (SessionOption o : c.getOptions()) {
                    pairs.add(new Pair(c, o));
                }
            }
        }
        pairs.sort(Comparator.comparingLong((Pair p) -> p.option().value()).reversed()
                .thenComparing(p -> p.candidate().getId())
                .thenComparing(p -> p.option().session().getId()));
        Map<Session, Integer> count = new IdentityHashMap<>();
        Map<BudgetLine, Long> spent = new HashMap<>();
        for (Candidate c : plan.getCandidates()) {
            if (c.getSession() != null) {
                count.merge(c.getSession(), 1, Integer::sum);
                spent.merge(c.getSession().getBudgetLine(), c.getSession().getCostCents(), Long::sum);
            }
        }
        Map<Session, Boolean> closed = new IdentityHashMap<>();
        while (true) {
            for (Pair p : pairs) {
                Candidate c = p.candidate();
                Session s = p.option().session();
                BudgetLine line = s.getBudgetLine();
                if (c.getSession() != null || closed.containsKey(s) || count.getOrDefault(s, 0) >= s.getCapacity()
                        || spent.getOrDefault(line, 0L) + s.getCostCents() > line.getAmountCents()) {
                    continue;
                }
                c.setSession(s);
                count.merge(s, 1, Integer::sum);
                spent.merge(line, s.getCostCents(), Long::sum);
            }
            List<Session> under = new ArrayList<>();
            for (Map.Entry<Session, Integer> e : count.entrySet()) {
                if (e.getValue() > 0 && e.getValue() < e.getKey().getMinCohort() && !closed.containsKey(e.getKey())) {
                    under.add(e.getKey());
                }
            }
            if (under.isEmpty()) {
                return plan;
            }
            for (Session s : under) {
                closed.put(s, Boolean.TRUE);
            }
            for (Candidate c : plan.getCandidates()) {
                Session s = c.getSession();
                if (s != null && !c.isPinned() && closed.containsKey(s)) {
                    c.setSession(null);
                    count.merge(s, -1, Integer::sum);
                    spent.merge(s.getBudgetLine(), -s.getCostCents(), Long::sum);
                }
            }
        }
    }
}
