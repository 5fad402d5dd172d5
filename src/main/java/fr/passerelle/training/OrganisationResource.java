package fr.passerelle.training;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import fr.passerelle.common.BadInputException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;


/** Training organisations. */
@RolesAllowed(Roles.CONSEILLER)
@Path("/api/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    public record OrganisationRequest(@NotBlank @Size(max = 200) String name,
                                      @NotNull @Pattern(regexp = "\\d{14}", message = "must be a SIRET: 14 digits") String siret) {
    }

    public record OrganisationView(long id, String name, String siret) {
        static OrganisationView of(TrainingOrganisation o) {
            return new OrganisationView(o.id, o.name, o.siret);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response createOrganisation(@Valid @NotNull OrganisationRequest request) {
        if (TrainingOrganisation.count("siret", request.siret()) > 0) {
            throw BadInputException.of("siret", "an organisation with this SIRET already exists");
        }
        TrainingOrganisation o = new TrainingOrganisation();
        o.name = request.name().trim();
        o.siret = request.siret();
        o.persist();
        return Response.status(Response.Status.CREATED).entity(OrganisationView.of(o)).build();
    }

    @GET
    @Path("/{id}")
    public OrganisationView organisation(@PathParam("id") long id) {
        TrainingOrganisation o = TrainingOrganisation.findById(id);
        if (o == null) {
            throw new NotFoundException("no organisation " + id);
        }
        return OrganisationView.of(o);
    }

}
