package fr.passerelle.plan;

import fr.passerelle.common.SqlValues;
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

        /** The score is already on the format's 0–100 scale. */
        public long matchPercent() {
            return matchScore == null ? 0 : Math.round(matchScore.doubleValue());
        }
    }

    private final EntityManager em;

    public MyPlacement(EntityManager em) {
        this.em = em;
    }

    public Optional<Placement> of(long profileId) {
        // one query, and never the scenario's instance (megabytes for a large cohort): the plan's score is stored
        // with the person's assignment
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.id, pr.title, pr.target_rome_code, o.name, c.name, s.start_date, s.end_date,
                       ps.name, ps.published_at, pa.match_score
                from enrolment e join training_session s on s.id = e.session_id
                join training_programme pr on pr.id = s.programme_id join training_organisation o on o.id = pr.organisation_id
                join training_site si on si.id = s.site_id join commune c on c.insee_code = si.commune_insee
                left join plan_scenario ps on ps.id = e.scenario_id
                left join plan_assignment pa on pa.scenario_id = e.scenario_id and pa.candidate_id = ?2
                where e.profile_id = ?1""")
                .setParameter(1, profileId).setParameter(2, InstanceDocument.candidateId(profileId)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(new Placement(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], SqlValues.localDate(r[5]), SqlValues.localDate(r[6]), (String) r[7],
                SqlValues.instant(r[8]), (BigDecimal) r[9]));
    }
}
