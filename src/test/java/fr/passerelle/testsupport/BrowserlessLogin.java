package fr.passerelle.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real authorization-code login through the Keycloak login form, without a browser: what a browser does, with a
 * cookie jar. The result is a session of the application (its q_session cookie) for requests as that user.
 */
public final class BrowserlessLogin {
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]+id=\"kc-form-login\"[^>]+action=\"([^\"]+)\"");

    private final LoopbackCookieJar cookies = new LoopbackCookieJar();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String appUrl;

    private BrowserlessLogin(String appUrl) {
        this.appUrl = appUrl;
    }

    /** Logs {@code username} in (demo password) and returns the session. */
    public static BrowserlessLogin as(String username) {
        BrowserlessLogin login = new BrowserlessLogin(LocalComponentsResource.appUrl());
        login.login(username, LocalKeycloak.DEMO_PASSWORD);
        return login;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(appUrl + path)).GET());
    }

    /** A form POST carrying this session's CSRF token (as a page's form does) unless {@code withCsrf} is false. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, boolean withCsrf) {
        Map<String, String> body = new java.util.LinkedHashMap<>(fields);
        if (withCsrf) {
            body.put("csrf-token", csrfToken());
        }
        return send(HttpRequest.newBuilder(URI.create(appUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))));
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, boolean withCsrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(appUrl + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (withCsrf) {
            request.header("X-CSRF-Token", csrfToken());
        }
        return send(request);
    }

    public String csrfToken() {
        String token = cookie("csrf-token");
        if (token == null) {
            get("/");
            token = cookie("csrf-token");
        }
        return token;
    }

    public String cookie(String name) {
        return cookies.value(name);
    }

    private void login(String username, String password) {
        HttpResponse<String> r = get("/connexion");
        r = followTo(r, "/protocol/openid-connect/auth");
        Matcher action = FORM_ACTION.matcher(r.body());
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form in: " + r.body().substring(0, Math.min(500, r.body().length())));
        }
        String target = action.group(1).replace("&amp;", "&");
        r = send(HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password, "credentialId", "")))));
        if (r.statusCode() != 302) {
            throw new IllegalStateException("login of " + username + " refused: " + r.statusCode());
        }
        followTo(r, null);
        if (!cookies.hasNameStartingWith("q_session")) {
            throw new IllegalStateException("no application session after login of " + username);
        }
    }

    /** Follows redirects until a non-redirect answer (or one whose URL contains {@code stopAt}). */
    private HttpResponse<String> followTo(HttpResponse<String> response, String stopAt) {
        HttpResponse<String> r = response;
        for (int hops = 0; hops < 10 && r.statusCode() / 100 == 3; hops++) {
            URI next = r.uri().resolve(r.headers().firstValue("Location").orElseThrow());
            r = send(HttpRequest.newBuilder(next).GET());
            if (stopAt != null && next.toString().contains(stopAt)) {
                return r;
            }
        }
        return r;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
