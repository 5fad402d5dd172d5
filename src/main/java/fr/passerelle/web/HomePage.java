package fr.passerelle.web;

import fr.passerelle.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The public pages (what the service is, accessibility, personal data) and the login entry point. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home();

        static native TemplateInstance accessibility();

        static native TemplateInstance personalData();
    }

    @Inject
    CurrentUser user;

    @GET
    @PermitAll
    public TemplateInstance home() {
        return Templates.home();
    }

    @GET
    @Path("accessibilite")
    @PermitAll
    public TemplateInstance accessibility() {
        return Templates.accessibility();
    }

    @GET
    @Path("donnees-personnelles")
    @PermitAll
    public TemplateInstance personalData() {
        return Templates.personalData();
    }

    /** Logging in is asking for this page: the code flow runs, then each role lands on its own home. */
    @GET
    @Path("connexion")
    @Authenticated
    public Response login() {
        String home = user.isConseiller() ? "/conseiller" : user.isOrganisme() ? "/organisme/sessions"
                : user.isDemandeur() ? "/moi/parcours" : "/";
        return Response.seeOther(URI.create(home)).build();
    }
}
