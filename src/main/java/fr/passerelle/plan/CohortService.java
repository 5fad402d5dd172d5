package fr.passerelle.plan;

import fr.passerelle.common.BadInputException;
import fr.passerelle.metier.Filiere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Cohorts: created from chosen people (all existing), read by pages of members. */
@ApplicationScoped
public class CohortService {
    // 20,000 people is the largest problem the planner is measured on (sample-l)
    public static final int MAX_MEMBERS = 20_000;

    private final EntityManager em;

    public CohortService(EntityManager em) {
        this.em = em;
    }

    /** A member as the counsellor's lists show them: who, where, and whether they already hold a seat. */
    public record Member(long id, String firstName, String lastName, String kind, String communeInsee, String commune,
                         String wishedFiliere, boolean enrolled) {
        public String wishedFiliereLabel() {
            return wishedFiliere == null ? "—" : Arrays.stream(Filiere.values()).filter(f -> f.name().equals(wishedFiliere))
                    .map(f -> f.label).findFirst().orElse(wishedFiliere);
        }
    }

    @Transactional
    public Cohort create(String name, Collection<Long> profileIds) {
        var ids = new LinkedHashSet<>(profileIds);
        if (ids.isEmpty()) {
            throw BadInputException.of("profileIds", "a cohort needs at least one person");
        }
        if (ids.size() > MAX_MEMBERS) {
            throw BadInputException.of("profileIds", "a cohort holds at most " + MAX_MEMBERS + " people");
        }
        long known = ((Number) em.createQuery("select count(p) from Profile p where p.id in :ids")
                .setParameter("ids", ids).getSingleResult()).longValue();
        if (known != ids.size()) {
            throw BadInputException.of("profileIds", (ids.size() - known) + " of these profiles do not exist");
        }
        Cohort c = new Cohort();
        c.name = name.trim();
        c.createdAt = Instant.now();
        c.profileIds.addAll(ids);
        c.persist();
        return c;
    }

    public Cohort find(long id) {
        Cohort c = Cohort.findById(id);
        if (c == null) {
            throw new NotFoundException("no cohort " + id);
        }
        return c;
    }

    public long size(long cohortId) {
        return ((Number) em.createNativeQuery("select count(*) from cohort_member where cohort_id = ?1")
                .setParameter(1, cohortId).getSingleResult()).longValue();
    }

    /** One page of members in name order; {@code size} at most what a page shows or an export streams. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Member> members(long cohortId, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("""
                select p.id, p.first_name, p.last_name, p.kind, p.home_commune_insee, c.name, p.wished_filiere,
                       exists (select 1 from enrolment e where e.profile_id = p.id)
                from cohort_member m join profile p on p.id = m.profile_id
                left join commune c on c.insee_code = p.home_commune_insee
                where m.cohort_id = ?1 order by p.last_name, p.first_name, p.id""")
                .setParameter(1, cohortId).setFirstResult(page * size).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new Member(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], Boolean.TRUE.equals(r[7]))).toList();
    }

    /** The newest cohorts first, for the choice of a plan's cohort. */
    public List<Cohort> recent(int limit) {
        return Cohort.<Cohort>find("order by id desc").page(0, limit).list();
    }

}
