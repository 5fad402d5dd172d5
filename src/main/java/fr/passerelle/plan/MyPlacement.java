package fr.passerelle.plan;

import fr.passerelle.common.SqlValues;
import fr.passerelle.planning.explain.PlanExplainer;
import fr.passerelle.planning.explain.PlanExplanation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A person's seat, if they have one, and why: the session, the published plan that gave it (or a counsellor's
 * enrolment), and the match score the plan used for this person and session.
 */
@ApplicationScoped
public class MyPlacement {
    public record Placement(long sessionId, String title, String romeCode, String organisation, String commune,
                            LocalDate start, LocalDate end, String planName, Instant publishedAt, BigDecimal matchScore) {
        public boolean byPlan() {
            return planName != null;
        }

        public long matchPercent() {
            return matchScore == null ? 0 : Math.round(matchScore.doubleValue() * 100);
        }
    }

    private final EntityManager em;
    private final ScenarioPlans plans;

    public MyPlacement(EntityManager em, ScenarioPlans plans) {
        this.em = em;
        this.plans = plans;
    }

    public Optional<Placement> of(long profileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, pr.title, pr.target_rome_code, o.name, c.name, s.start_date, s.end_date, e.scenario_id
                from enrolment e join training_session s on s.id = e.session_id
                join training_programme pr on pr.id = s.programme_id join training_organisation o on o.id = pr.organisation_id
                join training_site si on si.id = s.site_id join commune c on c.insee_code = si.commune_insee
                where e.profile_id = ?1""").setParameter(1, profileId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        long sessionId = ((Number) r[0]).longValue();
        String planName = null;
        Instant publishedAt = null;
        BigDecimal score = null;
        if (r[7] != null) {
            PlanScenario scenario = PlanScenario.findById(((Number) r[7]).longValue());
            if (scenario != null) {
                planName = scenario.name;
                publishedAt = scenario.publishedAt;
                score = scoreInPlan(scenario, profileId);
            }
        }
        return Optional.of(new Placement(sessionId, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                SqlValues.localDate(r[5]), SqlValues.localDate(r[6]), planName, publishedAt, score));
    }

    private BigDecimal scoreInPlan(PlanScenario scenario, long profileId) {
        PlanExplanation explanation = new PlanExplainer().explain(
                plans.withAssignments(scenario, PlanAssignment.list("id.scenarioId", scenario.id)));
        String candidate = InstanceDocument.candidateId(profileId);
        return explanation.placements().stream().filter(p -> p.candidate().equals(candidate))
                .map(PlanExplanation.Placement::score).findFirst().orElse(null);
    }

}
