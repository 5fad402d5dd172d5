package fr.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testsupport.BrowserlessLogin;
import fr.passerelle.testsupport.LocalComponentsResource;
import fr.passerelle.testsupport.LocalKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The access table (src/test/resources/security/routes.tsv): every route × role with the expected status, played
 * against the running application with real Keycloak logins — bearer tokens for /api, browser sessions (code flow)
 * for pages. A route the application declares and the table does not list fails the build, and so does a row for
 * a route that no longer exists.
 */
@QuarkusTest
class RouteAccessTest {
    static final List<String> ROLES = List.of("anonyme", "conseiller", "organisme", "demandeur");
    static final Map<String, String> USERS = Map.of(
            "conseiller", "claire.conseil", "organisme", "org.formanord", "demandeur", "julie.demandeuse");

    record Row(int line, String method, String template, String path, String body, Map<String, Integer> expected) {
    }

    static final Map<String, String> tokens = new LinkedHashMap<>();
    static final Map<String, BrowserlessLogin> sessions = new LinkedHashMap<>();
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void logIn() {
        AccountFixtures.linkDemoAccounts();
        LocalKeycloak keycloak = LocalComponentsResource.keycloak();
        USERS.forEach((role, user) -> {
            tokens.put(role, keycloak.accessToken(user));
            sessions.put(role, BrowserlessLogin.as(user));
        });
    }

    @Test
    @DisplayName("every declared route is in the access table, and every row names a declared route")
    void table_lists_exactly_the_declared_routes() {
        TreeSet<String> declared = RouteCatalog.declaredRoutes();
        TreeSet<String> listed = new TreeSet<>();
        table().forEach(r -> listed.add(r.method() + " " + r.template()));
        TreeSet<String> missing = new TreeSet<>(declared);
        missing.removeAll(listed);
        TreeSet<String> stale = new TreeSet<>(listed);
        stale.removeAll(declared);
        assertThat(missing).as("routes missing from security/routes.tsv").isEmpty();
        assertThat(stale).as("rows of security/routes.tsv for routes that do not exist").isEmpty();
    }

    @Test
    @DisplayName("every route answers each role with the status of the access table")
    void every_route_answers_each_role_as_the_table_says() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : table()) {
            for (String role : ROLES) {
                int status = call(row, role);
                int expected = row.expected().get(role);
                if (status != expected) {
                    mismatches.add("line " + row.line() + ": " + row.method() + " " + row.path() + " as " + role
                            + " → " + status + ", table says " + expected);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private int call(Row row, String role) {
        boolean api = row.path().startsWith("/api/");
        String contentType = row.body() == null ? null : api ? "application/json" : "application/x-www-form-urlencoded";
        String body = row.body();
        if (body != null && body.startsWith("csv:")) {
            contentType = "text/csv";
            body = body.substring(4);
        } else if (body != null && !api) {
            body = "";
        }
        if (!api && !role.equals("anonyme")) {
            return sessions.get(role).send(row.method(), row.path(), contentType, body, true).statusCode();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(LocalComponentsResource.appUrl() + row.path()))
                .timeout(Duration.ofSeconds(60))
                .method(row.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!role.equals("anonyme")) {
            request.header("Authorization", "Bearer " + tokens.get(role));
        }
        try {
            // SSE and long answers: the status line is all this test needs.
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Row> table() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = RouteAccessTest.class.getResourceAsStream("/security/routes.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+", 8);
                if (f.length < 7) {
                    throw new IllegalStateException("routes.tsv line " + (i + 1) + ": METHOD TEMPLATE PATH anonyme conseiller organisme demandeur [BODY]");
                }
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int r = 0; r < ROLES.size(); r++) {
                    expected.put(ROLES.get(r), Integer.parseInt(f[3 + r]));
                }
                rows.add(new Row(i + 1, f[0], f[1], f[2], f.length > 7 ? f[7] : null, expected));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }
}
