package fr.passerelle.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

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

    public static PlanAssignment of(long scenarioId, String candidate, String session, boolean pinned) {
        PlanAssignment a = new PlanAssignment();
        a.id = new Key(scenarioId, candidate);
        a.sessionId = session;
        a.pinned = pinned;
        return a;
    }
}
