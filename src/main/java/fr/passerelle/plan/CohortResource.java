package fr.passerelle.plan;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
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

import java.time.Instant;
import java.util.List;

@RolesAllowed(Roles.CONSEILLER)
@Path("/api/cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CohortResource {

    // 20,000 people is the largest problem the planner is measured on (sample-l)
    public record CohortRequest(@NotBlank @Size(max = 200) String name,
                                @NotNull @NotEmpty @Size(max = 20_000) List<@NotNull Long> profileIds) {
    }

    public record CohortView(long id, String name, int size, Instant createdAt) {
        static CohortView of(Cohort c) {
            return new CohortView(c.id, c.name, c.profileIds.size(), c.createdAt);
        }
    }

    private final CohortService cohorts;

    public CohortResource(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(@Valid @NotNull CohortRequest request) {
        Cohort c = cohorts.create(request.name(), request.profileIds());
        return Response.status(Response.Status.CREATED).entity(CohortView.of(c)).build();
    }

    @GET
    @Path("/{id}")
    public CohortView get(@PathParam("id") long id) {
        Cohort c = Cohort.findById(id);
        if (c == null) {
            throw new NotFoundException("no cohort " + id);
        }
        return CohortView.of(c);
    }
}
