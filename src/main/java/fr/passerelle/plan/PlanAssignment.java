package fr.passerelle.plan;

import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.Session;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;

/** A candidate's session in a scenario's best plan; a pinned one is kept by every re-plan. */
@Entity
@Table(name = "plan_assignment")
public class PlanAssignment extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "scenario_id") Long scenarioId,
                      @Column(name = "candidate_id") String candidateId) implements Serializable {
    }

    @EmbeddedId
    public Key id;
    @Column(name = "session_id")
    public String sessionId;
    public boolean pinned;
    /** The score of the candidate's option for this session in the scenario's instance; null without a session. */
    @Column(name = "match_score")
    public BigDecimal matchScore;

    public static PlanAssignment of(long scenarioId, String candidate, String session, BigDecimal matchScore, boolean pinned) {
        PlanAssignment a = new PlanAssignment();
        a.id = new Key(scenarioId, candidate);
        a.sessionId = session;
        a.matchScore = matchScore;
        a.pinned = pinned;
        return a;
    }

    /** The candidate's assignment as the solver's model has it. */
    public static PlanAssignment of(long scenarioId, Candidate candidate) {
        Session session = candidate.getSession();
        return of(scenarioId, candidate.getId(), session == null ? null : session.getId(),
                session == null ? null : candidate.optionFor(session).score(), candidate.isPinned());
    }
}
