package fr.passerelle.profile;

import jakarta.ws.rs.NotFoundException;
import jakarta.inject.Inject;
import fr.passerelle.security.CurrentUser;
import fr.passerelle.audit.AuditTrail;
import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import fr.passerelle.common.ApiError;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;

@RolesAllowed(Roles.CONSEILLER)
@Path("/api/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService service;
    private final ProfileCsvImport csvImport;

    @Inject
    CurrentUser currentUser;
    @Inject
    AuditTrail audit;

    public ProfileResource(ProfileService service, ProfileCsvImport csvImport) {
        this.service = service;
        this.csvImport = csvImport;
    }

    public record ProfilePage(long total, int page, int size, List<ProfileView> items) {
    }

    public record ImportResult(int imported) {
    }

    @GET
    public ProfilePage list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                            // a page is what a person reads; bulk reads go through exports
                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        PanacheQuery<Profile> query = Profile.find("order by id");
        List<ProfileView> items = query.page(page, size).list().stream().map(ProfileView::of).toList();
        return new ProfilePage(query.count(), page, size, items);
    }

    /** A counsellor opens any file, a demandeur only their own (another id answers 404); each opening is audited. */
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CONSEILLER, Roles.DEMANDEUR})
    public ProfileView get(@PathParam("id") long id) {
        requireReadable(id);
        ProfileView view = ProfileView.of(service.find(id));
        audit.profile(AuditTrail.READ_PROFILE, id);
        return view;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull ProfileRequest request, @Context UriInfo uri) {
        Profile p = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(p.id)).build())
                .entity(ProfileView.of(p)).build();
    }

    /** Counsellors only: a person changes their own skills, mobility and consent on their page (SelfService), never
     * their status or priority groups. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileView replace(@PathParam("id") long id, @Valid @NotNull ProfileRequest request,
                               @HeaderParam("If-Match") String ifMatch) {
        Integer version = ifMatch == null ? null : parseVersion(ifMatch);
        ProfileView view = ProfileView.of(service.replace(id, request, version));
        audit.profile(AuditTrail.UPDATE_PROFILE, id);
        return view;
    }

    /** Erasure on request (RGPD art. 17): the row, its skills and its priority groups. */
    @DELETE
    @Path("/{id}")
    public Response erase(@PathParam("id") long id) {
        service.erase(id);
        audit.profile(AuditTrail.ERASE_PROFILE, id);
        return Response.noContent().build();
    }

    /** All-or-nothing import; a rejected file answers 400 with each line, field and reason. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(@NotBlank String csv) {
        ProfileCsvImport.Result result = csvImport.importCsv(csv);
        if (!result.ok()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError(400, "file rejected, nothing imported", result.errors())).build();
        }
        return Response.status(Response.Status.CREATED).entity(new ImportResult(result.imported())).build();
    }

    private static Integer parseVersion(String ifMatch) {
        try {
            return Integer.parseInt(ifMatch.replace("\"", "").replace("W/", "").trim());
        } catch (NumberFormatException e) {
            throw fr.passerelle.common.BadInputException.of("If-Match", "must be the profile's version number");
        }
    }

    private void requireReadable(long id) {
        if (!currentUser.mayReadProfile(id)) {
            throw new NotFoundException("no profile " + id);
        }
    }
}
