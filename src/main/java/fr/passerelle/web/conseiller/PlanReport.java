package fr.passerelle.web.conseiller;

import fr.passerelle.plan.PlanAssignment;
import fr.passerelle.plan.PlanScenario;
import fr.passerelle.plan.ScenarioPlans;
import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.Session;
import fr.passerelle.planning.explain.PlanExplainer;
import fr.passerelle.planning.explain.PlanExplanation;
import fr.passerelle.planning.explain.UnassignedReason;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A finished plan read for people: sessions and who is placed in them, who is not and why, money per line. */
@ApplicationScoped
public class PlanReport {

    private final ScenarioPlans plans;

    public PlanReport(ScenarioPlans plans) {
        this.plans = plans;
    }

    public record SessionRow(String id, String label, LocalDate start, String line, int capacity, int minCohort,
                             int placed, BigDecimal costEur) {
    }

    public record Placement(String candidate, String session, String sessionLabel, LocalDate start, boolean pinned) {
    }

    public record Unplaced(String candidate, UnassignedReason reason, int options) {
    }

    public record Report(ScenarioPlans.Summary summary, List<SessionRow> sessions, List<Placement> placements,
                         List<Unplaced> unplaced) {
    }

    public Report of(PlanScenario s) {
        AllocationPlan plan = plans.withAssignments(s, PlanAssignment.list("id.scenarioId", s.id));
        PlanExplanation explanation = new PlanExplainer().explain(plan);
        Map<String, Session> sessions = new LinkedHashMap<>();
        plan.getSessions().forEach(x -> sessions.put(x.getId(), x));
        Map<String, Integer> count = new HashMap<>();
        List<Placement> placements = new ArrayList<>();
        for (Candidate c : plan.getCandidates()) {
            if (c.getSession() != null) {
                Session x = c.getSession();
                count.merge(x.getId(), 1, Integer::sum);
                placements.add(new Placement(c.getId(), x.getId(), x.getLabel(), x.getStart(), c.isPinned()));
            }
        }
        placements.sort(Comparator.comparing(Placement::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Placement::session).thenComparing(Placement::candidate));
        List<SessionRow> sessionRows = sessions.values().stream().filter(x -> count.containsKey(x.getId()))
                .map(x -> new SessionRow(x.getId(), x.getLabel(), x.getStart(), x.getBudgetLine().getId(), x.getCapacity(),
                        x.getMinCohort(), count.get(x.getId()), BigDecimal.valueOf(x.getCostCents(), 2).stripTrailingZeros()))
                .sorted(Comparator.comparing(SessionRow::start, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SessionRow::id))
                .toList();
        List<Unplaced> unplaced = explanation.unplaced().stream()
                .map(u -> new Unplaced(u.candidate(), u.reason(), u.options().size())).toList();
        return new Report(plans.summary(plan), sessionRows, placements, unplaced);
    }

    static <T> List<T> page(List<T> all, Pager pager) {
        int from = (int) Math.min(all.size(), (long) pager.page() * pager.size());
        return all.subList(from, Math.min(all.size(), from + pager.size()));
    }
}
