package fr.passerelle.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the real components of the Quarkus tests: a throw-away PostgreSQL, an OpenSearch node and Keycloak with the
 * passerelle realm. Keycloak starts in parallel with the others (it is the slowest). The application's test port is
 * chosen here, because the realm's redirect URIs must name it.
 */
public class LocalComponentsResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres postgres;
    private static LocalOpenSearch search;
    private static LocalKeycloak keycloak;
    private static int appPort;

    /** The running test node, for tests that stop and restart the engine (outage drills). */
    public static LocalOpenSearch search() {
        return search;
    }

    /** The running identity provider, for tests that log in or need a bearer token. */
    public static LocalKeycloak keycloak() {
        return keycloak;
    }

    public static String appUrl() {
        return "http://localhost:" + appPort;
    }

    @Override
    public Map<String, String> start() {
        appPort = LocalKeycloak.freePort();
        CompletableFuture<LocalKeycloak> idp = CompletableFuture.supplyAsync(() ->
                LocalKeycloak.start(0, appUrl(), Path.of("target", "keycloak-test.log")));
        postgres = LocalPostgres.start(null, 0);
        try {
            search = LocalOpenSearch.start(Files.createTempDirectory("passerelle-opensearch-test"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keycloak = idp.join();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "postgres",
                "quarkus.hibernate-search-orm.elasticsearch.hosts", search.hostAndPort(),
                "quarkus.http.test-port", Integer.toString(appPort),
                "quarkus.oidc.auth-server-url", keycloak.realmUrl());
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (search != null) {
            search.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
