package fr.passerelle.web.conseiller;

import fr.passerelle.metier.Filiere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's people counts. Found: in a counsellor's cohort or enrolled; placed: holding a seat (enrolment);
 * waiting: found and not placed. By the filière the person wishes and by the bassin d'emploi of their commune.
 */
@ApplicationScoped
public class DashboardQueries {

    private final EntityManager em;

    public DashboardQueries(EntityManager em) {
        this.em = em;
    }

    public record PeopleRow(String label, long found, long placed) {
        public long waiting() {
            return found - placed;
        }
    }

    private static final String PEOPLE = """
            with people as (
                select p.id, p.wished_filiere, c.bassin_emploi_code,
                       exists (select 1 from enrolment e where e.profile_id = p.id) as placed
                from profile p left join commune c on c.insee_code = p.home_commune_insee
                where exists (select 1 from cohort_member m where m.profile_id = p.id)
                   or exists (select 1 from enrolment e where e.profile_id = p.id))
            """;

    @Transactional
    @SuppressWarnings("unchecked")
    public List<PeopleRow> byFiliere() {
        List<PeopleRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(PEOPLE + """
                select coalesce(wished_filiere, ''), count(*), count(*) filter (where placed)
                from people group by 1 order by 2 desc, 1""").getResultList()) {
            String code = (String) r[0];
            String label = code.isEmpty() ? "Non précisée" : filiereLabel(code);
            rows.add(new PeopleRow(label, ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return rows;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<PeopleRow> byBassin() {
        List<PeopleRow> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(PEOPLE + """
                select coalesce(b.label, 'Non renseigné'), count(*), count(*) filter (where placed)
                from people left join bassin_emploi b on b.code = people.bassin_emploi_code
                group by 1 order by 2 desc, 1""").getResultList()) {
            rows.add(new PeopleRow((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return rows;
    }

    static String filiereLabel(String code) {
        try {
            return Filiere.valueOf(code).label;
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
