package fr.passerelle.web.conseiller;

import fr.passerelle.web.CsvExport;
import fr.passerelle.audit.AuditTrail;
import fr.passerelle.common.BadInputException;
import fr.passerelle.plan.Cohort;
import fr.passerelle.plan.CohortService;
import fr.passerelle.search.ProfileSearchRequest;
import fr.passerelle.search.ProfileSearchService;
import fr.passerelle.security.Roles;
import fr.passerelle.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.search.util.common.SearchException;

import java.net.URI;
import java.util.List;

/** A saved cohort: created from a search, read by pages of members, exported as CSV (audited). */
@RolesAllowed(Roles.CONSEILLER)
@Path("/conseiller/cohortes")
@Produces(MediaType.TEXT_HTML)
public class CohortPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cohort(Cohort cohort, String created, long size, List<CohortService.Member> members, Pager pager);
    }

    private final CohortService cohorts;
    private final ProfileSearchService search;
    private final SearchPage searchPage;
    private final AuditTrail audit;

    public CohortPage(CohortService cohorts, ProfileSearchService search, SearchPage searchPage, AuditTrail audit) {
        this.cohorts = cohorts;
        this.search = search;
        this.searchPage = searchPage;
        this.audit = audit;
    }

    /** Saves the ticked people, or everyone the criteria match when none is ticked; then shows the cohort. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam SearchForm form) {
        FormErrors errors = FormErrors.none();
        String name = form.cohortName == null ? "" : form.cohortName.strip();
        if (name.isEmpty()) {
            errors.add("nom", "Donnez un nom à la cohorte.");
        } else if (name.length() > 200) {
            errors.add("nom", "Le nom est limité à 200 caractères.");
        }
        ProfileSearchRequest request = form.toRequest(FormErrors.none(), Pager.SIZE);
        if (errors.any() || request == null) {
            return searchPage.render(form, errors, null);
        }
        try {
            List<Long> ids = form.tickedIds().isEmpty()
                    ? search.matchingIds(request, CohortService.MAX_MEMBERS) : form.tickedIds();
            if (ids.isEmpty()) {
                errors.add("personnes", "Aucune personne à enregistrer : élargissez la recherche.");
                return searchPage.render(form, errors, null);
            }
            Cohort cohort = cohorts.create(name, ids);
            return Response.seeOther(URI.create("/conseiller/cohortes/" + cohort.id)).build();
        } catch (BadInputException e) {
            errors.add("personnes", "La cohorte ne peut pas dépasser " + CohortService.MAX_MEMBERS
                    + " personnes, toutes existantes : affinez la recherche ou rechargez-la.");
            return searchPage.render(form, errors, null);
        } catch (SearchException e) {
            return searchPage.render(form, errors, "Le moteur de recherche ne répond pas pour l'instant : réessayez dans quelques minutes.");
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance cohort(@PathParam("id") long id, @QueryParam("page") String page) {
        Cohort cohort = cohorts.find(id);
        long size = cohorts.size(id);
        Pager pager = new Pager(Pager.bounded(page), Pager.SIZE, size);
        return Templates.cohort(cohort, Dates.day(cohort.createdAt), size, cohorts.members(id, pager.page(), Pager.SIZE), pager);
    }

    @GET
    @Path("/{id}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        cohorts.find(id);
        CsvExport csv = new CsvExport().row(List.of("id", "nom", "prenom", "statut", "commune_insee", "commune", "filiere_souhaitee", "inscrit"));
        for (CohortService.Member m : cohorts.members(id, 0, CohortService.MAX_MEMBERS)) {
            csv.row(List.of(m.id(), m.lastName(), m.firstName(), SearchPage.KINDS.getOrDefault(m.kind(), m.kind()),
                    m.communeInsee(), m.commune() == null ? "" : m.commune(),
                    m.wishedFiliere() == null ? "" : m.wishedFiliereLabel(), m.enrolled() ? "oui" : "non"));
        }
        audit.record(AuditTrail.EXPORT_COHORT, "cohort", id);
        return csv.response("cohorte-" + id + ".csv");
    }
}
