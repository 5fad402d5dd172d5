package fr.passerelle.plan;

import fr.passerelle.common.BadInputException;
import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.SessionOption;
import fr.passerelle.planning.io.PlanWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pins and unpins in a finished, unpublished plan. A pin may move someone by hand: the plan is re-scored, and
 * publishing waits for a re-plan if a rule breaks.
 */
@ApplicationScoped
public class PlanPins {

    private final ScenarioService scenarios;
    private final ScenarioPlans plans;
    private final PlanJobService jobs;

    public PlanPins(ScenarioService scenarios, ScenarioPlans plans, PlanJobService jobs) {
        this.scenarios = scenarios;
        this.plans = plans;
        this.jobs = jobs;
    }

    /** A candidate kept in a session (or, with no session, kept out) by every re-plan. */
    public record Pin(String candidate, String session) {
    }

    @Transactional
    public PlanScenario pin(long id, List<Pin> pins) {
        PlanScenario s = changeable(id);
        AllocationPlan problem = plans.problem(s);
        Map<String, Candidate> candidates = new HashMap<>();
        problem.getCandidates().forEach(c -> candidates.put(c.getId(), c));
        Map<String, PlanAssignment> byCandidate = assignments(id);
        for (int i = 0; i < pins.size(); i++) {
            Pin pin = pins.get(i);
            var candidate = candidates.get(pin.candidate());
            if (candidate == null) {
                throw BadInputException.of("pins[" + i + "].candidate", "no candidate " + pin.candidate() + " in this plan");
            }
            SessionOption option = pin.session() == null ? null : candidate.getOptions().stream()
                    .filter(o -> o.session().getId().equals(pin.session())).findFirst().orElse(null);
            if (pin.session() != null && option == null) {
                throw BadInputException.of("pins[" + i + "].session", "session " + pin.session() + " is not an option of " + pin.candidate());
            }
            BigDecimal score = option == null ? null : option.score();
            PlanAssignment a = byCandidate.get(pin.candidate());
            if (a == null) {
                PlanAssignment.of(id, pin.candidate(), pin.session(), score, true).persist();
            } else {
                a.sessionId = pin.session();
                a.matchScore = score;
                a.pinned = true;
            }
        }
        return rescore(s);
    }

    /** The candidate stays where the plan put them, but a re-plan may move them again. */
    @Transactional
    public PlanScenario unpin(long id, String candidate) {
        PlanScenario s = changeable(id);
        PlanAssignment a = assignments(id).get(candidate);
        if (a == null || !a.pinned) {
            throw BadInputException.of("candidate", "candidate " + candidate + " is not pinned in this plan");
        }
        a.pinned = false;
        return rescore(s);
    }

    private PlanScenario changeable(long id) {
        PlanScenario s = scenarios.finished(id);
        if (s.publishedAt != null) {
            throw BadInputException.of("pins", "a published plan is not changed: re-plan it");
        }
        return s;
    }

    private static Map<String, PlanAssignment> assignments(long id) {
        Map<String, PlanAssignment> byCandidate = new HashMap<>();
        PlanAssignment.<PlanAssignment>list("id.scenarioId", id).forEach(a -> byCandidate.put(a.id.candidateId(), a));
        return byCandidate;
    }

    private PlanScenario rescore(PlanScenario s) {
        PlanAssignment.flush();
        AllocationPlan pinned = plans.withAssignments(s, PlanAssignment.list("id.scenarioId", s.id));
        s.hardScore = jobs.score(pinned).hardScore();
        s.objective = PlanWriter.objective(pinned).doubleValue();
        return s;
    }
}
