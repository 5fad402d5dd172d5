package fr.passerelle.training;

import fr.passerelle.common.SqlValues;
import fr.passerelle.common.BadInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.LocalDate;
import java.util.List;

/**
 * What a training organisation sees of its own offer: its sessions with seats taken and the risk of not opening,
 * and the trainees allocated to them (names and commune only). Every method takes the organisation id of the
 * caller; a session of another organisation is "not found".
 */
@ApplicationScoped
public class OrganisationOffer {
    /** A session that starts within this many days without its minimum cohort is at high risk. */
    static final int HIGH_RISK_DAYS = 60;
    static final int MAX_CAPACITY = 500;

    public enum OpeningRisk { NONE, RISK, HIGH }

    public record SessionLine(long id, String title, String romeCode, String site, String commune, LocalDate start,
                              LocalDate end, int capacity, int minCohort, int enrolled, int seatsLeft, int version,
                              OpeningRisk risk) {
    }

    public record Trainee(String lastName, String firstName, String email, String commune, LocalDate enrolledOn) {
    }

    public record Page<T>(long total, int page, int size, List<T> items) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    private static final String SESSIONS = """
            select s.id, pr.title, pr.target_rome_code, si.name, c.name, s.start_date, s.end_date, s.capacity,
                   s.min_cohort, %s, s.version
            from training_session s join training_programme pr on pr.id = s.programme_id
            join training_site si on si.id = s.site_id join commune c on c.insee_code = si.commune_insee
            where pr.organisation_id = :org""".formatted(SessionSeats.takenSql("s"));

    private final EntityManager em;
    private final SessionSeats seats;

    public OrganisationOffer(EntityManager em, SessionSeats seats) {
        this.em = em;
        this.seats = seats;
    }

    public String organisationName(long organisationId) {
        TrainingOrganisation o = em.find(TrainingOrganisation.class, organisationId);
        return o == null ? "" : o.name;
    }

    /** @param allocatedOnly only the sessions with at least one trainee allocated (the published cohorts) */
    public Page<SessionLine> sessions(long organisationId, boolean allocatedOnly, int page, int size) {
        String filter = allocatedOnly ? " and " + SessionSeats.takenSql("s") + " > 0" : "";
        long total = ((Number) em.createNativeQuery("select count(*) from (" + SESSIONS + filter + ") x")
                .setParameter("org", organisationId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SESSIONS + filter + " order by s.start_date, s.id")
                .setParameter("org", organisationId).setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(total, page, size, rows.stream().map(OrganisationOffer::line).toList());
    }

    public SessionLine session(long organisationId, long sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SESSIONS + " and s.id = :id")
                .setParameter("org", organisationId).setParameter("id", sessionId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("no session " + sessionId);
        }
        return line(rows.get(0));
    }

    public List<Trainee> trainees(long organisationId, long sessionId) {
        session(organisationId, sessionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select p.last_name, p.first_name, p.email, c.name, e.created_at
                from enrolment e join profile p on p.id = e.profile_id join commune c on c.insee_code = p.home_commune_insee
                where e.session_id = ?1 order by p.last_name, p.first_name""").setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new Trainee((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                r[4] == null ? null : LocalDate.ofInstant(SqlValues.instant(r[4]), java.time.ZoneId.of("Europe/Paris")))).toList();
    }

    /**
     * Changes the number of seats. The session row is locked as a publication locks it, so a capacity cut and a
     * publication cannot both pass on the same seats.
     */
    @Transactional
    public void updateCapacity(long organisationId, long sessionId, int capacity) {
        SessionLine line = session(organisationId, sessionId);
        em.createNativeQuery("select id from training_session where id = ?1 for update").setParameter(1, sessionId).getSingleResult();
        int enrolled = seats.taken(List.of(sessionId)).getOrDefault(sessionId, 0L).intValue();
        if (capacity < Math.max(1, line.minCohort())) {
            throw BadInputException.of("capacity", "doit être au moins égal à la cohorte minimale (" + line.minCohort() + ")");
        }
        if (capacity < enrolled) {
            throw BadInputException.of("capacity", "doit être au moins égal au nombre de stagiaires déjà affectés (" + enrolled + ")");
        }
        if (capacity > MAX_CAPACITY) {
            throw BadInputException.of("capacity", "ne peut pas dépasser " + MAX_CAPACITY + " places");
        }
        em.createNativeQuery("update training_session set capacity = ?1, version = version + 1 where id = ?2")
                .setParameter(1, capacity).setParameter(2, sessionId).executeUpdate();
    }

    private static SessionLine line(Object[] r) {
        int capacity = ((Number) r[7]).intValue();
        int min = ((Number) r[8]).intValue();
        int enrolled = ((Number) r[9]).intValue();
        LocalDate start = SqlValues.localDate(r[5]);
        OpeningRisk risk = enrolled >= min ? OpeningRisk.NONE
                : start.isBefore(LocalDate.now().plusDays(HIGH_RISK_DAYS)) ? OpeningRisk.HIGH : OpeningRisk.RISK;
        return new SessionLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                start, SqlValues.localDate(r[6]), capacity, min, enrolled, capacity - enrolled, ((Number) r[10]).intValue(), risk);
    }


}
