package fr.passerelle.plan;

import fr.passerelle.common.SqlValues;
import fr.passerelle.territory.GeoDistance;
import fr.passerelle.training.SessionSeats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
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
 * The options of people for sessions, for the planner's instances and the options API alike: a session is an option
 * when it has seats left, starts on or after {@code from} and after the person is available, lies within their
 * mobility radius, and the person masters every prerequisite skill of its programme; its score is the
 * {@link MatchScore}. Must run inside a transaction.
 */
@ApplicationScoped
public class CandidateOptions {

    private final EntityManager em;
    private final MatchScore matchScore;

    public CandidateOptions(EntityManager em, MatchScore matchScore) {
        this.em = em;
        this.matchScore = matchScore;
    }

    public record Person(long id, String kind, double lat, double lon, int radiusKm, LocalDate availableFrom,
                         Set<Integer> skills, double priority) {
    }

    public record OpenSession(long id, String label, String romeCode, String filiere, String commune, double lat,
                              double lon, LocalDate start, int seatsLeft, int minCohortLeft, int cost, String line,
                              Set<Integer> taught, Set<Integer> prerequisites) {
    }

    public record Option(OpenSession session, double distanceKm, BigDecimal score) {
    }

    /** The options of each person, in the order of {@code people}. */
    public Map<Person, List<Option>> options(List<Person> people, List<OpenSession> sessions) {
        MatchScore.Scorer scorer = matchScore.scorer();
        Map<Person, List<Option>> out = new LinkedHashMap<>();
        for (Person p : people) {
            List<Option> options = new ArrayList<>();
            for (OpenSession s : sessions) {
                if (s.start().isBefore(p.availableFrom()) || !p.skills().containsAll(s.prerequisites())) {
                    continue;
                }
                double km = GeoDistance.km(p.lat(), p.lon(), s.lat(), s.lon());
                if (km > p.radiusKm()) {
                    continue;
                }
                options.add(new Option(s, Math.round(km * 10) / 10.0, scorer.score(p.skills(), s.romeCode(), s.taught())));
            }
            out.put(p, options);
        }
        return out;
    }

    /** Sessions with seats left starting on or after {@code from}; all of them, or only {@code onlyIds} when given. */
    @SuppressWarnings("unchecked")
    public List<OpenSession> openSessions(LocalDate from, Collection<Long> onlyIds) {
        String only = onlyIds == null ? "" : " and s.id in (:ids)";
        if (onlyIds != null && onlyIds.isEmpty()) {
            return List.of();
        }
        var taughtQuery = em.createNativeQuery("""
                select s.id, ps.skill_code from training_session s join programme_skill ps on ps.programme_id = s.programme_id
                where s.start_date >= :from""" + only).setParameter("from", from);
        var prerequisiteQuery = em.createNativeQuery("""
                select s.id, pp.skill_code from training_session s join programme_prerequisite pp on pp.programme_id = s.programme_id
                where s.start_date >= :from""" + only).setParameter("from", from);
        String seatsLeft = SessionSeats.leftSql("s");
        var sessionQuery = em.createNativeQuery("""
                select s.id, p.title, p.target_rome_code, coalesce(t.filiere, 'AUTRE'), c.insee_code, c.latitude, c.longitude,
                       s.start_date, %1$s, greatest(s.min_cohort - (s.capacity - %1$s), 0),
                       s.cost_per_trainee_eur, s.budget_line_code
                from training_session s
                join training_programme p on p.id = s.programme_id
                join training_site si on si.id = s.site_id
                join commune c on c.insee_code = si.commune_insee
                left join target_metier t on t.rome_code = p.target_rome_code
                where s.start_date >= :from and %1$s > 0%2$s
                order by s.id""".formatted(seatsLeft, only)).setParameter("from", from);
        if (onlyIds != null) {
            taughtQuery.setParameter("ids", onlyIds);
            prerequisiteQuery.setParameter("ids", onlyIds);
            sessionQuery.setParameter("ids", onlyIds);
        }
        Map<Long, Set<Integer>> taught = new HashMap<>();
        for (Object[] r : (List<Object[]>) taughtQuery.getResultList()) {
            taught.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add(((Number) r[1]).intValue());
        }
        Map<Long, Set<Integer>> prerequisites = new HashMap<>();
        for (Object[] r : (List<Object[]>) prerequisiteQuery.getResultList()) {
            prerequisites.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>()).add(((Number) r[1]).intValue());
        }
        List<OpenSession> sessions = new ArrayList<>();
        for (Object[] r : (List<Object[]>) sessionQuery.getResultList()) {
            long id = ((Number) r[0]).longValue();
            int seats = ((Number) r[8]).intValue();
            sessions.add(new OpenSession(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).doubleValue(), ((Number) r[6]).doubleValue(), SqlValues.localDate(r[7]), seats,
                    Math.min(seats, ((Number) r[9]).intValue()), ((Number) r[10]).intValue(), (String) r[11],
                    taught.getOrDefault(id, Set.of()), prerequisites.getOrDefault(id, Set.of())));
        }
        return sessions;
    }

    /** The people, by id, with their skills and their priority (1 + the weights of their priority groups). */
    @SuppressWarnings("unchecked")
    public List<Person> people(Collection<Long> ids) {
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
        List<Person> people = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select p.id, p.kind, c.latitude, c.longitude, p.mobility_radius_km, p.available_from
                from profile p join commune c on c.insee_code = p.home_commune_insee
                where p.id in (:ids) order by p.id""").setParameter("ids", ids).getResultList()) {
            long id = ((Number) r[0]).longValue();
            // priority = 1 + the weights of the person's priority groups (catalogue/priority_groups.csv)
            people.add(new Person(id, (String) r[1], ((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue(),
                    ((Number) r[4]).intValue(), SqlValues.localDate(r[5]), skills.getOrDefault(id, Set.of()),
                    1 + weights.getOrDefault(id, 0.0)));
        }
        return people;
    }
}
