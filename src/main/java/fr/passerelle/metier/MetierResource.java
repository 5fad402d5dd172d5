package fr.passerelle.metier;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Comparator;
import java.util.List;

@PermitAll
@Path("/api/metiers")
@Produces(MediaType.APPLICATION_JSON)
public class MetierResource {

    private final EntityManager em;

    public MetierResource(EntityManager em) {
        this.em = em;
    }

    public record DomaineView(String code, String label, String grandDomaineCode, String grandDomaine) {
    }

    public record SkillView(int code, String label, SkillKind kind, CoreLevel core) {
    }

    public record PasserelleView(String romeCode, String label, int rank) {
    }

    public record TargetView(Filiere filiere, String filiereLabel, String family, String reason,
                             String demandTerritories) {
    }

    public record MetierView(String romeCode, String label, DomaineView domaine, String parentRomeCode,
                             TransitionFlag transition, String definition, TargetView target, List<SkillView> skills,
                             List<PasserelleView> passerelles) {
    }

    @GET
    @Path("/{romeCode}")
    public MetierView get(@PathParam("romeCode") @Pattern(regexp = "[A-N]\\d{4}",
            message = "must be a ROME code: a letter A-N and 4 digits") String romeCode) {
        Metier m = Metier.findById(romeCode);
        if (m == null) {
            throw new NotFoundException("no ROME fiche " + romeCode);
        }
        Object[] d = (Object[]) em.createNativeQuery("""
                        select d.code, d.label, g.code, g.label from domaine_professionnel d
                        join grand_domaine g on g.code = d.grand_domaine_code where d.code = ?1""")
                .setParameter(1, m.domaineCode).getSingleResult();
        List<SkillView> skills = em.createQuery("""
                        select new fr.passerelle.metier.MetierResource$SkillView(s.codeOgr, s.label, s.kind, ms.core)
                        from MetierSkill ms join ms.skill s where ms.id.romeCode = ?1""", SkillView.class)
                .setParameter(1, romeCode).getResultStream()
                .sorted(Comparator.comparing(SkillView::core).thenComparing(SkillView::kind).thenComparing(SkillView::label))
                .toList();
        List<PasserelleView> passerelles = em.createQuery("""
                        select new fr.passerelle.metier.MetierResource$PasserelleView(t.romeCode, t.label, p.rank)
                        from Passerelle p, Metier t where p.id.fromRomeCode = ?1 and t.romeCode = p.id.toRomeCode
                        order by p.rank""", PasserelleView.class)
                .setParameter(1, romeCode).getResultList();
        TargetMetier t = TargetMetier.findById(romeCode);
        TargetView target = t == null ? null
                : new TargetView(t.filiere, t.filiere.label, t.family, t.reason, t.demandTerritories);
        return new MetierView(m.romeCode, m.label,
                new DomaineView(String.valueOf(d[0]), String.valueOf(d[1]), String.valueOf(d[2]), String.valueOf(d[3])), m.parentRomeCode,
                m.transition, m.definition, target, skills, passerelles);
    }
}
