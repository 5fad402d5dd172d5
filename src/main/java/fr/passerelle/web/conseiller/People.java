package fr.passerelle.web.conseiller;

import fr.passerelle.plan.InstanceDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Names of a plan's candidates (P + profile id), one query per page; an erased person reads « dossier effacé ». */
@ApplicationScoped
public class People {

    private final EntityManager em;

    public People(EntityManager em) {
        this.em = em;
    }

    public record Name(Long profileId, String firstName, String lastName) {
        public String display() {
            return profileId == null ? "—" : lastName == null ? "dossier effacé" : lastName + " " + firstName;
        }
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, Name> byCandidate(Collection<String> candidateIds) {
        Map<String, Name> out = new HashMap<>();
        List<Long> ids = candidateIds.stream().map(InstanceDocument::profileIdOf).filter(Objects::nonNull).distinct().toList();
        Map<Long, Object[]> rows = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select id, first_name, last_name from profile where id in (:ids)")
                    .setParameter("ids", ids).getResultList()) {
                rows.put(((Number) r[0]).longValue(), r);
            }
        }
        for (String c : candidateIds) {
            Long id = InstanceDocument.profileIdOf(c);
            Object[] r = id == null ? null : rows.get(id);
            out.put(c, new Name(id, r == null ? null : (String) r[1], r == null ? null : (String) r[2]));
        }
        return out;
    }
}
