package fr.passerelle.plan;

import fr.passerelle.audit.AuditTrail;
import jakarta.inject.Inject;
import fr.passerelle.common.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes a plan in one transaction: every assignment becomes an enrolment, or none does. Seats and budget are
 * checked by the {@link SeatLedger} under locks, so two publications (or a publication and manual enrolments) at
 * the same time can never overshoot a session or a budget line.
 */
@ApplicationScoped
public class PublicationService {

    public record Published(long scenarioId, int enrolments, String instanceHash, String solverVersion, String termination,
                            Instant publishedAt) {
    }

    private final SeatLedger ledger;
    private final EntityManager em;
    @Inject
    AuditTrail audit;

    public PublicationService(SeatLedger ledger, EntityManager em) {
        this.ledger = ledger;
        this.em = em;
    }

    @Transactional
    public Published publish(long scenarioId) {
        PlanScenario s = em.find(PlanScenario.class, scenarioId, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("no plan " + scenarioId);
        }
        if (s.publishedAt != null) {
            throw new ConflictException("plan " + scenarioId + " was already published on " + s.publishedAt);
        }
        if (s.status != ScenarioStatus.DONE) {
            throw new ConflictException("plan " + scenarioId + " is " + s.status + ": only a finished plan is published");
        }
        if (s.hardScore != null && s.hardScore < 0) {
            throw new ConflictException("plan " + scenarioId + " breaks a hard rule (after a manual change?): re-plan it before publishing");
        }
        List<SeatLedger.Seat> seats = new ArrayList<>();
        for (PlanAssignment a : PlanAssignment.<PlanAssignment>list("id.scenarioId = ?1 and sessionId is not null", scenarioId)) {
            Long profile = InstanceDocument.profileIdOf(a.id.candidateId());
            Long session = InstanceDocument.sessionIdOf(a.sessionId);
            if (profile == null || session == null) {
                throw new ConflictException("plan " + scenarioId + " was imported with ids unknown to Passerelle ("
                        + a.id.candidateId() + " → " + a.sessionId + "): it can be compared, not published");
            }
            seats.add(new SeatLedger.Seat(profile, session));
        }
        ledger.enrol(seats, scenarioId);
        s.publishedAt = Instant.now();
        audit.record(AuditTrail.PUBLISH_PLAN, "plan", scenarioId);
        return new Published(s.id, seats.size(), s.instanceHash, s.solverVersion, s.termination, s.publishedAt);
    }
}
