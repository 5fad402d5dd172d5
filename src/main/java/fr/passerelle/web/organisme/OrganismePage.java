package fr.passerelle.web.organisme;

import fr.passerelle.audit.AuditTrail;
import fr.passerelle.common.BadInputException;
import fr.passerelle.common.FieldError;
import fr.passerelle.security.CurrentUser;
import fr.passerelle.security.Roles;
import fr.passerelle.training.OrganisationOffer;
import fr.passerelle.training.OrganisationOffer.Page;
import fr.passerelle.training.OrganisationOffer.SessionLine;
import fr.passerelle.training.OrganisationOffer.Trainee;
import fr.passerelle.web.CsvExport;
import fr.passerelle.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * A training organisation's pages: its sessions (seats, minimum cohort, risk of not opening), the cohorts allocated
 * to it by published plans, capacity updates and the cohort CSV. The organisation is the one the account is linked
 * to; another organisation's session answers 404.
 */
@RolesAllowed(Roles.ORGANISME)
@Path("/organisme")
@Produces(MediaType.TEXT_HTML)
public class OrganismePage {
    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sessions(String organisation, Page<SessionLine> sessions, boolean allocatedOnly, String base);

        static native TemplateInstance session(String organisation, SessionLine session, List<Trainee> trainees,
                                               String capacity, FormErrors errors, boolean saved);
    }

    @Inject
    CurrentUser user;
    @Inject
    OrganisationOffer offer;
    @Inject
    AuditTrail audit;

    @GET
    @Path("sessions")
    public TemplateInstance sessions(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page) {
        long org = user.requireOrganisationId();
        return Templates.sessions(offer.organisationName(org), offer.sessions(org, false, page, PAGE_SIZE), false, "/organisme/sessions");
    }

    @GET
    @Path("cohortes")
    public TemplateInstance cohorts(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page) {
        long org = user.requireOrganisationId();
        return Templates.sessions(offer.organisationName(org), offer.sessions(org, true, page, PAGE_SIZE), true, "/organisme/cohortes");
    }

    @GET
    @Path("sessions/{id}")
    public TemplateInstance session(@PathParam("id") long id, @QueryParam("enregistre") boolean saved) {
        long org = user.requireOrganisationId();
        SessionLine session = offer.session(org, id);
        return Templates.session(offer.organisationName(org), session, offer.trainees(org, id),
                Integer.toString(session.capacity()), FormErrors.none(), saved);
    }

    @POST
    @Path("sessions/{id}/capacite")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateCapacity(@PathParam("id") long id, @FormParam("capacity") String capacity) {
        long org = user.requireOrganisationId();
        FormErrors errors = FormErrors.none();
        try {
            int value = Integer.parseInt(capacity == null ? "" : capacity.strip());
            offer.updateCapacity(org, id, value);
            return Response.seeOther(URI.create("/organisme/sessions/" + id + "?enregistre=true")).build();
        } catch (NumberFormatException e) {
            errors.add("capacity", "Indiquez un nombre entier de places, par exemple 12.");
        } catch (BadInputException e) {
            for (FieldError f : e.errors()) {
                errors.add("capacity", "Le nombre de places " + f.reason() + ".");
            }
        }
        SessionLine session = offer.session(org, id);
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.session(offer.organisationName(org), session, offer.trainees(org, id), capacity, errors, false))
                .build();
    }

    @GET
    @Path("sessions/{id}/cohorte.csv")
    @Produces("text/csv")
    public Response cohortCsv(@PathParam("id") long id) {
        long org = user.requireOrganisationId();
        List<Trainee> trainees = offer.trainees(org, id);
        audit.record(AuditTrail.EXPORT_COHORT, "session", id);
        CsvExport csv = new CsvExport("nom", "prenom", "email", "commune", "affecte_le");
        trainees.forEach(t -> csv.row(t.lastName(), t.firstName(), t.email(), t.commune(), t.enrolledOn()));
        return csv.response("cohorte-session-" + id + ".csv");
    }
}
