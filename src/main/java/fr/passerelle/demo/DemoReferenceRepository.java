package fr.passerelle.demo;

import fr.passerelle.metier.Filiere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads the reference data the generator needs, in a stable order. */
@ApplicationScoped
public class DemoReferenceRepository {

    private final EntityManager em;

    public DemoReferenceRepository(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public long profileCount() {
        return ((Number) em.createNativeQuery("select count(*) from profile").getSingleResult()).longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public DemoReference load() {
        List<DemoReference.CommunePoint> communes = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select c.insee_code, c.name, c.departement_code, c.latitude, c.longitude, c.zone_emploi_code,
                       c.bassin_emploi_code, c.bassin_minier, coalesce(o.offers, 0)
                from commune c left join (select commune_insee, sum(offers) offers from job_offer_count
                                          group by commune_insee) o on o.commune_insee = c.insee_code
                order by c.insee_code""").getResultList()) {
            // A floor so that villages without a recorded offer still have residents.
            double weight = 2 + ((Number) r[8]).doubleValue();
            communes.add(new DemoReference.CommunePoint((String) r[0], (String) r[1], (String) r[2],
                    ((Number) r[3]).doubleValue(), ((Number) r[4]).doubleValue(), (String) r[5], (String) r[6],
                    (Boolean) r[7], weight));
        }
        Map<String, Double> jobseekersByBassin = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select bassin_emploi_code, sum(jobseekers) from jobseekers_by_sector
                group by bassin_emploi_code order by 1""").getResultList()) {
            jobseekersByBassin.put((String) r[0], ((Number) r[1]).doubleValue());
        }
        Map<String, Map<String, Double>> romesByBassin = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select d.bassin_emploi_code, d.rome_code, d.jobseekers from demand_signal d
                join metier m on m.rome_code = d.rome_code where d.jobseekers > 0 order by 1, 2""").getResultList()) {
            romesByBassin.computeIfAbsent((String) r[0], k -> new TreeMap<>())
                    .put((String) r[1], ((Number) r[2]).doubleValue());
        }
        // The métiers of each affected sector, weighted by observed hirings (ROME↔NAF, national).
        Map<String, Map<String, Double>> romesByDivision = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select s.division_code, h.rome_code, sum(h.hirings) from rome_naf_hiring h
                join naf_subclass s on s.code = h.naf_code join metier m on m.rome_code = h.rome_code
                where s.division_code in ('20', '23', '24') group by 1, 2 order by 1, 2""").getResultList()) {
            romesByDivision.computeIfAbsent((String) r[0], k -> new TreeMap<>())
                    .put((String) r[1], ((Number) r[2]).doubleValue());
        }
        List<DemoReference.Target> targets = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select t.rome_code, m.label, t.filiere from target_metier t join metier m on m.rome_code = t.rome_code
                order by t.rome_code""").getResultList()) {
            targets.add(new DemoReference.Target((String) r[0], (String) r[1], Filiere.valueOf((String) r[2])));
        }
        Set<String> romes = new LinkedHashSet<>();
        romesByBassin.values().forEach(m -> romes.addAll(m.keySet()));
        romesByDivision.values().forEach(m -> romes.addAll(m.keySet()));
        targets.forEach(t -> romes.add(t.romeCode()));
        Map<String, List<DemoReference.MetierItem>> items = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select ms.rome_code, ms.skill_code, ms.core from metier_skill ms join skill s on s.code_ogr = ms.skill_code
                where ms.rome_code in (:romes) and s.kind <> 'CONTEXTE' order by 1, 2""")
                .setParameter("romes", romes).getResultList()) {
            items.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new DemoReference.MetierItem(((Number) r[1]).intValue(), "PRINCIPAL".equals(r[2])));
        }
        Map<String, String> rncp = new TreeMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select m.rome_code, min(c.code) from metier m join rncp_rome rr on rr.rome_code = m.parent_rome_code
                join rncp_certification c on c.code = rr.rncp_code where c.active group by 1 order by 1""").getResultList()) {
            rncp.put((String) r[0], (String) r[1]);
        }
        List<DemoReference.BudgetLineRef> lines = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select code, ambition, year, departement_code from budget_line order by code").getResultList()) {
            lines.add(new DemoReference.BudgetLineRef((String) r[0], (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).intValue(), (String) r[3]));
        }
        return new DemoReference(communes, jobseekersByBassin, romesByBassin, romesByDivision, items, targets, rncp, lines);
    }
}
