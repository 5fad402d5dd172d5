package fr.passerelle.plan;

import fr.passerelle.territory.GeoDistance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a planning instance from the database: the people of a cohort, the sessions still open (seats left,
 * starting after {@code from}), and what is left on each budget line. A person's options are the sessions within
 * their mobility radius that start after they are available; the option's score is the match score.
 */
@ApplicationScoped
public class InstanceBuilder {

    private final EntityManager em;
    private final MatchScore matchScore;

    public InstanceBuilder(EntityManager em, MatchScore matchScore) {
        this.em = em;
        this.matchScore = matchScore;
    }

    record Person(long id, String kind, double lat, double lon, int radiusKm, LocalDate availableFrom,
                  Set<Integer> skills, double priority) {
    }

    record OpenSession(long id, String label, String romeCode, String filiere, String commune, double lat, double lon,
                       LocalDate start, int seatsLeft, int minCohortLeft, int cost, String line, Set<Integer> taught) {
    }

    @Transactional
    public InstanceDocument build(String name, Collection<Long> profileIds, LocalDate from) {
        List<InstanceDocument.Line> lines = lines();
        List<OpenSession> sessions = openSessions(from);
        List<InstanceDocument.Candidate> candidates = new ArrayList<>();
        for (Person p : people(profileIds)) {
            List<InstanceDocument.Option> options = new ArrayList<>();
            for (OpenSession s : sessions) {
                if (s.start().isBefore(p.availableFrom())) {
                    continue;
                }
                if (GeoDistance.km(p.lat(), p.lon(), s.lat(), s.lon()) > p.radiusKm()) {
                    continue;
                }
                options.add(new InstanceDocument.Option(InstanceDocument.sessionId(s.id()),
                        BigDecimal.valueOf(matchScore.score(p.skills(), s.taught())).setScale(1, RoundingMode.HALF_UP)));
            }
            candidates.add(new InstanceDocument.Candidate(InstanceDocument.candidateId(p.id()), p.kind(),
                    BigDecimal.valueOf(p.priority()).setScale(2, RoundingMode.HALF_UP), options));
        }
        List<InstanceDocument.Session> sessionDocs = sessions.stream().map(s -> new InstanceDocument.Session(
                InstanceDocument.sessionId(s.id()), s.label(), s.romeCode(), s.filiere(), s.commune(), s.lat(), s.lon(),
                s.start().toString(), s.seatsLeft(), s.minCohortLeft(), BigDecimal.valueOf(s.cost()), s.line())).toList();
        return new InstanceDocument(name, "EUR", lines, sessionDocs, candidates);
    }

    @SuppressWarnings("unchecked")
    private List<InstanceDocument.Line> lines() {
        List<InstanceDocument.Line> lines = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select b.code, b.label, b.amount_eur - coalesce(sum(e.cost_eur), 0)
                from budget_line b left join enrolment e on e.budget_line_code = b.code
                group by b.code, b.label, b.amount_eur order by b.code""").getResultList()) {
            lines.add(new InstanceDocument.Line((String) r[0], (String) r[1],
                    BigDecimal.valueOf(Math.max(0, ((Number) r[2]).longValue()))));
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private List<OpenSession> openSessions(LocalDate from) {
        Map<Long, Set<Integer>> taught = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select s.id, ps.skill_code from training_session s join programme_skill ps on ps.programme_id = s.programme_id
                where s.start_date >= ?1""").setParameter(1, from).getResultList()) {
            taught.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add(((Number) r[1]).intValue());
        }
        List<OpenSession> sessions = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select s.id, p.title, p.target_rome_code, coalesce(t.filiere, 'AUTRE'), c.insee_code, c.latitude, c.longitude,
                       s.start_date, s.capacity - coalesce(e.taken, 0), greatest(s.min_cohort - coalesce(e.taken, 0), 0),
                       s.cost_per_trainee_eur, s.budget_line_code
                from training_session s
                join training_programme p on p.id = s.programme_id
                join training_site si on si.id = s.site_id
                join commune c on c.insee_code = si.commune_insee
                left join target_metier t on t.rome_code = p.target_rome_code
                left join (select session_id, count(*) taken from enrolment group by session_id) e on e.session_id = s.id
                where s.start_date >= ?1 and s.capacity - coalesce(e.taken, 0) > 0
                order by s.id""").setParameter(1, from).getResultList()) {
            long id = ((Number) r[0]).longValue();
            int seats = ((Number) r[8]).intValue();
            sessions.add(new OpenSession(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).doubleValue(), ((Number) r[6]).doubleValue(), localDate(r[7]), seats,
                    Math.min(seats, ((Number) r[9]).intValue()), ((Number) r[10]).intValue(), (String) r[11],
                    taught.getOrDefault(id, Set.of())));
        }
        return sessions;
    }

    @SuppressWarnings("unchecked")
    private List<Person> people(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<Integer>> skills = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select profile_id, skill_code from profile_skill where profile_id in (:ids)")
                .setParameter("ids", ids).getResultList()) {
            skills.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add(((Number) r[1]).intValue());
        }
        Map<Long, Double> weights = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select g.profile_id, sum(pg.weight) from profile_priority_group g join priority_group pg on pg.code = g.group_code
                where g.profile_id in (:ids) group by g.profile_id""").setParameter("ids", ids).getResultList()) {
            weights.put(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue());
        }
        Map<Long, Person> people = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select p.id, p.kind, c.latitude, c.longitude, p.mobility_radius_km, p.available_from
                from profile p join commune c on c.insee_code = p.home_commune_insee
                where p.id in (:ids) order by p.id""").setParameter("ids", ids).getResultList()) {
            long id = ((Number) r[0]).longValue();
            // priority = 1 + the weights of the person's priority groups (catalogue/priority_groups.csv)
            people.put(id, new Person(id, (String) r[1], ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue(),
                    ((Number) r[4]).intValue(), localDate(r[5]), skills.getOrDefault(id, Set.of()),
                    1 + weights.getOrDefault(id, 0.0)));
        }
        return new ArrayList<>(people.values());
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
