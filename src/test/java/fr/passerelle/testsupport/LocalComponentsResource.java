package fr.passerelle.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Starts the real components of the Quarkus tests: a throw-away PostgreSQL and an OpenSearch node. */
public class LocalComponentsResource implements QuarkusTestResourceLifecycleManager {

    private LocalPostgres postgres;
    private static LocalOpenSearch search;

    /** The running test node, for tests that stop and restart the engine (outage drills). */
    public static LocalOpenSearch search() {
        return search;
    }

    @Override
    public Map<String, String> start() {
        postgres = LocalPostgres.start(null, 0);
        try {
            search = LocalOpenSearch.start(Files.createTempDirectory("passerelle-opensearch-test"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "postgres",
                "quarkus.hibernate-search-orm.elasticsearch.hosts", search.hostAndPort());
    }

    @Override
    public void stop() {
        if (search != null) {
            search.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
