package fr.passerelle.web;

import fr.passerelle.common.ApiError;
import fr.passerelle.common.ApiExceptionMappers;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** "Not found": JSON for the API, a French page in the site's layout for a person (never the raw message). */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        if (uri.getPath().startsWith("/api/")) {
            return ApiExceptionMappers.json(Response.Status.NOT_FOUND, new ApiError(404, e.getMessage(), List.of()));
        }
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.notFound()).build();
    }
}
