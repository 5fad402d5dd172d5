package fr.passerelle.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The one place where the local components start: PostgreSQL and OpenSearch (data kept under ~/.passerelle), then
 * the packaged application as its own process, configured as in production through environment variables. The
 * identity provider (Keycloak, realm passerelle with its demo accounts) starts here too.
 * <p>
 * Run with {@code mvn -Pdemo package}; options: -Ddemo.profiles=20000 -Ddemo.port=8080 -Ddemo.home=~/.passerelle
 */
public final class DemoLauncher {

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int profiles = Integer.getInteger("demo.profiles", 20_000);
        int port = Integer.getInteger("demo.port", 8080);
        Path home = Path.of(System.getProperty("demo.home", System.getProperty("user.home") + "/.passerelle"));
        Path app = Path.of(System.getProperty("demo.app", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.exists(app)) {
            throw new IllegalStateException("no packaged application at " + app + ": run `mvn -Pdemo package`");
        }
        long start = System.nanoTime();
        Running running = start(profiles, port, home, app, System.getProperty("demo.xmx", "2g"), true);
        Process process = running.app();
        Runtime.getRuntime().addShutdownHook(new Thread(running::close));
        String base = "http://localhost:" + port;
        if (awaitReady(base + "/q/health/ready", process)) {
            say(String.format("Passerelle is ready in %d s: %s/  (API: %s/api/budget/lines). Ctrl-C stops everything.",
                    (System.nanoTime() - start) / 1_000_000_000L, base, base));
            say("Demo accounts (Keycloak realm passerelle, password " + LocalKeycloak.DEMO_PASSWORD + " for all):");
            say("  conseiller: claire.conseil, karim.conseil   organisme: org.formanord, org.autre   demandeur: julie.demandeuse, marc.demandeur");
        }
        int exit = process.waitFor();
        say("Passerelle stopped (exit " + exit + ")");
        System.exit(exit);
    }

    /** The components and the application of one run. */
    public record Running(LocalPostgres postgres, LocalOpenSearch search, LocalKeycloak keycloak, Process app)
            implements AutoCloseable {
        @Override
        public void close() {
            app.destroy();
            try {
                app.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            keycloak.close();
            search.close();
            postgres.close();
        }
    }

    /**
     * Starts Keycloak (realm passerelle, recreated at each start), PostgreSQL and OpenSearch with their data under
     * {@code home} (one directory per population size), then the packaged application with a demo population of
     * {@code profiles} (generated at the first start only).
     */
    public static Running start(int profiles, int port, Path home, Path app, String xmx, boolean inheritIO) throws IOException {
        int keycloakPort = Integer.getInteger("demo.keycloak-port", 8180);
        say("Starting Keycloak " + LocalKeycloak.VERSION + " on port " + keycloakPort + " (first start on this machine: about a minute)");
        CompletableFuture<LocalKeycloak> keycloakStart = CompletableFuture.supplyAsync(() ->
                LocalKeycloak.start(keycloakPort, "http://localhost:" + port, home.resolve("keycloak.log")));
        // One data directory per population size, so that a regional run never mixes with the default demo.
        Path pgData = home.resolve("pgdata-" + profiles);
        say("Starting PostgreSQL (data in " + pgData + ")");
        LocalPostgres postgres = LocalPostgres.start(pgData, 0);
        Path searchData = home.resolve("opensearch-" + profiles);
        say("Starting OpenSearch 2.19 (data in " + searchData + ")");
        LocalOpenSearch search = LocalOpenSearch.start(searchData, Integer.getInteger("demo.search-port", 0));
        LocalKeycloak keycloak = keycloakStart.join();
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx" + xmx,
                "-Dpasserelle.demo.profiles=" + profiles, "-Dquarkus.http.port=" + port, "-jar", app.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (inheritIO) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(home.resolve("app-" + profiles + ".log").toFile());
        }
        builder.environment().putAll(Map.of(
                "PASSERELLE_DB_URL", postgres.jdbcUrl(),
                "PASSERELLE_DB_USER", LocalPostgres.USER,
                "PASSERELLE_DB_PASSWORD", "postgres",
                "PASSERELLE_SEARCH_HOSTS", search.hostAndPort(),
                "PASSERELLE_OIDC_URL", keycloak.realmUrl(),
                "PASSERELLE_OIDC_SECRET", LocalKeycloak.CLIENT_SECRET));
        say("Starting Passerelle" + (profiles > 0 ? " (demo population: " + profiles + " profiles, generated at the first start only)" : ""));
        return new Running(postgres, search, keycloak, builder.start());
    }

    public static boolean awaitReady(String url, Process process) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void say(String message) {
        System.out.println("[passerelle] " + message);
    }
}
