package fr.passerelle.planning.domain;

import java.math.BigDecimal;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A person to place. The planning variable is the session; null means not placed (normal:
 * there are more people than funded seats). Its value range is the candidate's own options.
 */
@PlanningEntity
public class Candidate {

    public static final String SESSION = "session";

    @PlanningId
    private String id;
    private int index;
    private String status;
    private BigDecimal priority;
    private List<SessionOption> options;
    private List<Session> optionSessions;

    @PlanningVariable(valueRangeProviderRefs = "candidateSessions", nullable = true)
    private Session session;

    /** A pinned candidate keeps its session (or its absence) when re-planning. */
    @PlanningPin
    private boolean pinned;

    public Candidate() {
        // for cloning
    }

    public Candidate(String id, int index, String status, BigDecimal priority, List<SessionOption> options) {
        this.id = id;
        this.index = index;
        this.status = status;
        this.priority = priority;
        this.options = List.copyOf(options);
        this.optionSessions = this.options.stream().map(SessionOption::session).toList();
    }

    /** A copy sharing the immutable problem data, used by the solution cloner. */
    public Candidate copy() {
        Candidate c = new Candidate();
        c.id = id;
        c.index = index;
        c.status = status;
        c.priority = priority;
        c.options = options;
        c.optionSessions = optionSessions;
        c.session = session;
        c.pinned = pinned;
        return c;
    }

    @ValueRangeProvider(id = "candidateSessions")
    public List<Session> getOptionSessions() { return optionSessions; }

    public String getId() { return id; }
    public int getIndex() { return index; }
    public String getStatus() { return status; }
    public BigDecimal getPriority() { return priority; }
    public List<SessionOption> getOptions() { return options; }

    public Session getSession() { return session; }
    public void setSession(Session session) { this.session = session; }
    public boolean isAssigned() { return session != null; }

    public boolean isPinned() { return pinned; }
    public void setPinned(boolean pinned) { this.pinned = pinned; }

    /** The option for that session, or null when the session is not among the candidate's options. */
    public SessionOption optionFor(Session s) {
        for (SessionOption o : options) {
            if (o.session() == s) {
                return o;
            }
        }
        return null;
    }

    public boolean hasOption(Session s) { return optionFor(s) != null; }

    /** Scaled value (priority * score * {@link ObjectiveScale#FACTOR}) of the current assignment, 0 if none. */
    public long getAssignedValue() {
        if (session == null) {
            return 0L;
        }
        SessionOption o = optionFor(session);
        return o == null ? 0L : o.value();
    }

    @Override
    public String toString() { return id; }
}
