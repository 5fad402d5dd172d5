package fr.passerelle.plan;

import fr.passerelle.common.ConflictException;
import fr.passerelle.training.SessionSeats;
import fr.passerelle.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.session.SearchSession;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Takes seats in sessions and commits their money on budget lines, so that neither can ever be overshot: the
 * sessions and then the budget lines involved are locked (always in that order and by key, so two writers never
 * deadlock), the remaining seats and money are read under the locks, and the enrolments are written only if all
 * of them fit. Must run inside the caller's transaction; the sessions whose seats changed are reindexed through the
 * outbox in that same transaction (the public session search filters on seats left).
 */
@ApplicationScoped
public class SeatLedger {

    public record Seat(long profileId, long sessionId) {
    }

    private final EntityManager em;
    private final SessionSeats sessionSeats;
    private final SearchSession search;

    public SeatLedger(EntityManager em, SessionSeats sessionSeats, SearchSession search) {
        this.em = em;
        this.sessionSeats = sessionSeats;
        this.search = search;
    }

    @SuppressWarnings("unchecked")
    public List<Enrolment> enrol(List<Seat> seats, Long scenarioId) {
        if (seats.isEmpty()) {
            return List.of();
        }
        TreeSet<Long> sessionIds = new TreeSet<>();
        seats.forEach(s -> sessionIds.add(s.sessionId()));
        Map<Long, Object[]> sessions = new HashMap<>(); // id -> capacity, cost, line
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select id, capacity, cost_per_trainee_eur, budget_line_code from training_session
                where id in (:ids) order by id for update""").setParameter("ids", sessionIds).getResultList()) {
            sessions.put(((Number) r[0]).longValue(), r);
        }
        for (Long id : sessionIds) {
            if (!sessions.containsKey(id)) {
                throw new ConflictException("session " + id + " no longer exists");
            }
        }
        TreeMap<String, Long> lineCost = new TreeMap<>();
        Map<Long, Integer> newSeats = new HashMap<>();
        for (Seat s : seats) {
            Object[] session = sessions.get(s.sessionId());
            lineCost.merge((String) session[3], ((Number) session[2]).longValue(), Long::sum);
            newSeats.merge(s.sessionId(), 1, Integer::sum);
        }
        Map<String, Long> lineAmount = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select code, amount_eur from budget_line where code in (:codes) order by code for update")
                .setParameter("codes", lineCost.keySet()).getResultList()) {
            lineAmount.put((String) r[0], ((Number) r[1]).longValue());
        }
        List<String> problems = new ArrayList<>();
        Map<Long, Long> taken = sessionSeats.taken(sessionIds);
        for (var e : newSeats.entrySet()) {
            int capacity = ((Number) sessions.get(e.getKey())[1]).intValue();
            long already = taken.getOrDefault(e.getKey(), 0L);
            if (already + e.getValue() > capacity) {
                problems.add("session " + e.getKey() + ": " + (already + e.getValue()) + " trainees for " + capacity + " seats");
            }
        }
        Map<String, Long> committed = sumBy("select budget_line_code, sum(cost_eur) from enrolment where budget_line_code in (:keys) group by budget_line_code", lineCost.keySet());
        for (var e : lineCost.entrySet()) {
            long total = committed.getOrDefault(e.getKey(), 0L) + e.getValue();
            if (total > lineAmount.getOrDefault(e.getKey(), 0L)) {
                problems.add("budget line " + e.getKey() + ": " + total + " € committed for " + lineAmount.get(e.getKey()) + " €");
            }
        }
        if (!problems.isEmpty()) {
            throw new ConflictException("not enough seats or money, nothing was enrolled: " + String.join("; ", problems));
        }
        long alreadyEnrolled = ((Number) em.createNativeQuery("select count(*) from enrolment where profile_id in (:ids)")
                .setParameter("ids", seats.stream().map(Seat::profileId).toList()).getSingleResult()).longValue();
        if (alreadyEnrolled > 0) {
            throw new ConflictException(alreadyEnrolled + " of these people are already enrolled in a session: nothing was enrolled");
        }
        List<Enrolment> enrolments = new ArrayList<>();
        Instant now = Instant.now();
        for (Seat s : seats) {
            Object[] session = sessions.get(s.sessionId());
            Enrolment e = new Enrolment();
            e.sessionId = s.sessionId();
            e.profileId = s.profileId();
            e.scenarioId = scenarioId;
            e.budgetLineCode = (String) session[3];
            e.costEur = ((Number) session[2]).intValue();
            e.createdAt = now;
            em.persist(e);
            enrolments.add(e);
        }
        em.flush();
        sessionIds.forEach(id -> search.indexingPlan().addOrUpdate(em.getReference(TrainingSession.class, id)));
        return enrolments;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> sumBy(String sql, java.util.Collection<String> keys) {
        Map<String, Long> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(sql).setParameter("keys", keys).getResultList()) {
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }
}
