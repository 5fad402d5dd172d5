package fr.passerelle.audit;

import fr.passerelle.security.CurrentUser;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Records who did what to which file, and when: each access to a person's file and each plan publication. The row
 * holds identifiers only, never profile fields.
 */
@ApplicationScoped
public class AuditTrail {
    public static final String READ_PROFILE = "READ_PROFILE";
    public static final String READ_PATHS = "READ_PATHS";
    public static final String UPDATE_PROFILE = "UPDATE_PROFILE";
    public static final String ERASE_PROFILE = "ERASE_PROFILE";
    public static final String PUBLISH_PLAN = "PUBLISH_PLAN";
    public static final String EXPORT_COHORT = "EXPORT_COHORT";
    public static final String EXPORT_PLAN = "EXPORT_PLAN";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    /** Joins the caller's transaction when there is one, so that a rolled-back action leaves no audit row. */
    @Transactional
    public void record(String action, String subjectType, Object subjectId) {
        // Background work (a solver thread, a scheduled job) has no request and no user: it acts as the system.
        boolean inRequest = Arc.container().requestContext().isActive();
        em.createNativeQuery("insert into audit_event (actor, actor_role, action, subject_type, subject_id) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, inRequest ? user.username() : "systeme")
                .setParameter(2, inRequest ? user.mainRole() : null)
                .setParameter(3, action)
                .setParameter(4, subjectType)
                .setParameter(5, String.valueOf(subjectId))
                .executeUpdate();
    }

    public void profile(String action, long profileId) {
        record(action, "profile", profileId);
    }
}
