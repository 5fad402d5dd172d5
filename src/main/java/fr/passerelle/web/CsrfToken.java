package fr.passerelle.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The request's CSRF token (double-submit cookie). Forms carry it as a hidden field,
 * {@code <input type="hidden" name="{inject:csrf.parameterName}" value="{inject:csrf.token}">}; scripts send it in
 * the {@value #HEADER} header. {@link CsrfFilter} refuses a state change whose token does not match the cookie.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {
    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RoutingContext routing;

    private String token;
    private boolean issued;

    public String getToken() {
        if (token == null) {
            token = cookieValue();
            if (token == null) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                issued = true;
            }
        }
        return token;
    }

    public String getParameterName() {
        return FIELD;
    }

    /** True when this request minted a new token, which the response must then set as a cookie. */
    boolean issued() {
        return issued;
    }

    String cookieValue() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }
}
