package fr.passerelle.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses a state-changing request made with the browser session (the OIDC session cookie) unless it carries the
 * CSRF token of its cookie, as a form field or a header. Requests with a bearer token and no session cookie cannot be
 * forged by another site and pass. Runs before the resource method, so a refused request changes nothing.
 */
public class CsrfFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CsrfToken csrf;

    @Inject
    RoutingContext routing;

    @ConfigProperty(name = "passerelle.security.secure-cookies", defaultValue = "false")
    boolean secureCookies;

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || !hasSessionCookie()) {
            return null;
        }
        String expected = csrf.cookieValue();
        String provided = request.getHeaderString(CsrfToken.HEADER);
        if (provided == null && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Object field = context.getFormParameter(CsrfToken.FIELD, true, false);
            provided = field == null ? null : field.toString();
        }
        if (expected == null || provided == null || !constantTimeEquals(expected, provided)) {
            return Response.status(Response.Status.FORBIDDEN)
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("Jeton de sécurité (CSRF) absent ou invalide : rechargez la page et recommencez.")
                    .build();
        }
        return null;
    }

    @ServerResponseFilter
    public void issueCookie() {
        if (csrf.issued()) {
            Cookie cookie = Cookie.cookie(CsrfToken.COOKIE, csrf.getToken())
                    .setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(secureCookies);
            routing.response().addCookie(cookie);
        }
    }

    private boolean hasSessionCookie() {
        for (Cookie cookie : routing.request().cookies()) {
            if (cookie.getName().startsWith("q_session")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isForm(MediaType type) {
        return type != null && (MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(type)
                || MediaType.MULTIPART_FORM_DATA_TYPE.isCompatible(type));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
