package fr.passerelle.security;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Pages log in with the authorization code flow (default tenant, session cookie). The JSON API answers scripts with
 * bearer tokens (tenant {@code api}): an anonymous API call gets 401, not a redirect to a login page. A browser page
 * that calls the API with its session cookie stays on the default tenant.
 */
@ApplicationScoped
public class ApiTenantResolver implements TenantResolver {
    static final String API_TENANT = "api";

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.startsWith("/api/") && !hasSessionCookie(context)) {
            return API_TENANT;
        }
        return null;
    }

    private static boolean hasSessionCookie(RoutingContext context) {
        for (Cookie cookie : context.request().cookies()) {
            if (cookie.getName().equals("q_session") || cookie.getName().startsWith("q_session_chunk")) {
                return true;
            }
        }
        return false;
    }
}
