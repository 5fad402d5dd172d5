package fr.passerelle.plan;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.BudgetLine;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.PlannerWeights;
import fr.passerelle.planning.domain.Session;
import fr.passerelle.planning.io.InstanceReader;
import fr.passerelle.planning.io.PlanWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A scenario's problem as the solver's model, with the scenario's stored assignments and pins applied. */
@ApplicationScoped
public class ScenarioPlans {

    private final PlannerWeights weights;

    public ScenarioPlans(@ConfigProperty(name = "passerelle.planner.weights.late-start-per-month") double lateStartPerMonth,
                         @ConfigProperty(name = "passerelle.planner.weights.empty-seat") double emptySeat) {
        this.weights = new PlannerWeights(lateStartPerMonth, emptySeat);
    }

    /** The counsellors' extra rules weigh on the search only; the published objective stays the format's. */
    public AllocationPlan problem(PlanScenario scenario) {
        return new InstanceReader(weights).read(scenario.instanceJson);
    }

    /** The problem with each stored assignment set (and pinned where pinned). */
    public AllocationPlan withAssignments(PlanScenario scenario, List<PlanAssignment> assignments) {
        AllocationPlan plan = problem(scenario);
        Map<String, Session> sessions = new HashMap<>();
        plan.getSessions().forEach(s -> sessions.put(s.getId(), s));
        Map<String, PlanAssignment> byCandidate = new HashMap<>();
        assignments.forEach(a -> byCandidate.put(a.id.candidateId(), a));
        for (Candidate c : plan.getCandidates()) {
            PlanAssignment a = byCandidate.get(c.getId());
            if (a != null) {
                c.setSession(a.sessionId == null ? null : sessions.get(a.sessionId));
                c.setPinned(a.pinned);
            }
        }
        return plan;
    }

    public record LineUse(String line, BigDecimal amountEur, BigDecimal usedEur) {
    }

    public record Summary(int candidates, int placed, BigDecimal objective, int sessionsOpened, List<LineUse> lines) {
    }

    public Summary summary(AllocationPlan plan) {
        Map<BudgetLine, Long> used = new LinkedHashMap<>();
        plan.getBudgetLines().forEach(l -> used.put(l, 0L));
        int placed = 0;
        Map<Session, Integer> opened = new HashMap<>();
        for (Candidate c : plan.getCandidates()) {
            if (c.getSession() != null) {
                placed++;
                opened.merge(c.getSession(), 1, Integer::sum);
                used.merge(c.getSession().getBudgetLine(), c.getSession().getCostCents(), Long::sum);
            }
        }
        List<LineUse> lines = used.entrySet().stream().map(e -> new LineUse(e.getKey().getId(),
                BigDecimal.valueOf(e.getKey().getAmountCents(), 2).stripTrailingZeros(),
                BigDecimal.valueOf(e.getValue(), 2).stripTrailingZeros())).toList();
        return new Summary(plan.getCandidates().size(), placed, PlanWriter.objective(plan), opened.size(), lines);
    }
}
