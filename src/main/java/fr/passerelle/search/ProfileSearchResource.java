package fr.passerelle.search;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Cohort search over the profiles index (see {@link ProfileSearchService}); the criteria travel in the body. */
@RolesAllowed(Roles.CONSEILLER)
@Path("/api/search/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileSearchResource {

    private final ProfileSearchService service;

    public ProfileSearchResource(ProfileSearchService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileSearchService.Result search(@Valid @NotNull ProfileSearchRequest r) {
        return service.search(r);
    }
}
