package fr.passerelle.plan;

import fr.passerelle.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What happened to a person in planning: their seat (enrolment) and the scenarios of the cohorts they are in. */
@ApplicationScoped
public class ProfileHistory {

    private final EntityManager em;

    public ProfileHistory(EntityManager em) {
        this.em = em;
    }

    public record EnrolmentRow(long sessionId, String title, String organisation, String commune, LocalDate start,
                               String budgetLine, int costEur, Long scenarioId, Instant createdAt) {
    }

    /** A scenario the person was a candidate of (through a cohort), and the session it gave them, if any. */
    public record ScenarioRow(long scenarioId, String name, String cohort, ScenarioStatus status, String sessionId,
                              boolean pinned, Instant publishedAt) {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<EnrolmentRow> enrolments(long profileId) {
        return ((List<Object[]>) em.createNativeQuery("""
                select s.id, pr.title, o.name, c.name, s.start_date, e.budget_line_code, e.cost_eur, e.scenario_id, e.created_at
                from enrolment e join training_session s on s.id = e.session_id
                join training_programme pr on pr.id = s.programme_id join training_organisation o on o.id = pr.organisation_id
                join training_site si on si.id = s.site_id left join commune c on c.insee_code = si.commune_insee
                where e.profile_id = ?1 order by e.created_at""").setParameter(1, profileId).getResultList()).stream()
                .map(r -> new EnrolmentRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        SqlValues.localDate(r[4]), (String) r[5],
                        ((Number) r[6]).intValue(), r[7] == null ? null : ((Number) r[7]).longValue(), SqlValues.instant(r[8])))
                .toList();
    }

    /** The newest first, at most {@code limit}. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<ScenarioRow> scenarios(long profileId, int limit) {
        return ((List<Object[]>) em.createNativeQuery("""
                select ps.id, ps.name, co.name, ps.status, a.session_id, coalesce(a.pinned, false), ps.published_at
                from cohort_member m join cohort co on co.id = m.cohort_id
                join plan_scenario ps on ps.cohort_id = co.id
                left join plan_assignment a on a.scenario_id = ps.id and a.candidate_id = ?2
                where m.profile_id = ?1 order by ps.id desc""")
                .setParameter(1, profileId).setParameter(2, InstanceDocument.candidateId(profileId))
                .setMaxResults(limit).getResultList()).stream()
                .map(r -> new ScenarioRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        ScenarioStatus.valueOf((String) r[3]), (String) r[4], Boolean.TRUE.equals(r[5]), SqlValues.instant(r[6])))
                .toList();
    }

}
