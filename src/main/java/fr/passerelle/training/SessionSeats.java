package fr.passerelle.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one definition of the seats of a session: one enrolment takes one seat, seats left = capacity − enrolments.
 * Used by the entity (a formula, read at every load), by the native queries of the planner and of the paths, and
 * by the seat ledger under its locks.
 * <p>
 * In the sessions index, seats left are as of the session's last indexing: every enrolment reindexes its session
 * through the outbox in the enrolment's own transaction ({@code SeatLedger}), so the index catches up about a
 * second later and never misses a change; the search then shows the value loaded from PostgreSQL.
 */
@ApplicationScoped
public class SessionSeats {

    /** For {@code @Formula} on {@link TrainingSession}: Hibernate qualifies the bare columns with the entity alias. */
    static final String LEFT_FORMULA = "(capacity - (select count(*) from enrolment e where e.session_id = id))";

    private final EntityManager em;

    public SessionSeats(EntityManager em) {
        this.em = em;
    }

    /** Seats taken in the session aliased {@code alias} in a native query. */
    public static String takenSql(String alias) {
        return "(select count(*) from enrolment e where e.session_id = " + alias + ".id)";
    }

    /** Seats left of the session aliased {@code alias} in a native query. */
    public static String leftSql(String alias) {
        return "(" + alias + ".capacity - " + takenSql(alias) + ")";
    }

    /** Seats taken in each of the sessions (absent when none). */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> taken(Collection<Long> sessionIds) {
        Map<Long, Long> out = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return out;
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                        "select session_id, count(*) from enrolment where session_id in (:ids) group by session_id")
                .setParameter("ids", sessionIds).getResultList()) {
            out.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return out;
    }
}
