package fr.passerelle.plan;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import fr.passerelle.common.BadInputException;
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
import java.util.HashSet;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(@Valid @NotNull CohortRequest request) {
        var ids = new HashSet<>(request.profileIds());
        long known = ((Number) Cohort.getEntityManager().createQuery("select count(p) from Profile p where p.id in :ids")
                .setParameter("ids", ids).getSingleResult()).longValue();
        if (known != ids.size()) {
            throw BadInputException.of("profileIds", (ids.size() - known) + " of these profiles do not exist");
        }
        Cohort c = new Cohort();
        c.name = request.name().trim();
        c.createdAt = Instant.now();
        c.profileIds.addAll(request.profileIds());
        c.persist();
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
