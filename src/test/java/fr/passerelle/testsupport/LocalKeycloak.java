package fr.passerelle.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keycloak 26 from its Maven distribution (unpacked under ~/.passerelle/keycloak by the build), in its own process on
 * loopback, with the realm of src/main/keycloak imported through the admin API so that its redirect URIs name the
 * application's real address. In-memory database: the realm is recreated at each start, users included.
 */
public final class LocalKeycloak implements AutoCloseable {
    public static final String VERSION = "26.7.3";
    public static final String REALM_FILE = "src/main/keycloak/passerelle-realm.json";
    public static final String CLIENT_ID = "passerelle-web";
    public static final String CLIENT_SECRET = "passerelle-demo-secret-change-me-in-prod";
    public static final String DEMO_PASSWORD = "Passerelle-2027!";
    private static final String REALM_APP_URL = "http://localhost:8080";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final Path log;
    private final String adminPassword = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    private LocalKeycloak(int port, Path log) {
        this.port = port;
        this.log = log;
    }

    public static Path home() {
        return Path.of(System.getProperty("user.home"), ".passerelle", "keycloak", "keycloak-" + VERSION);
    }

    /** Starts Keycloak and imports the realm with its client's redirect URIs under {@code appUrl}. */
    public static LocalKeycloak start(int port, String appUrl, Path log) {
        LocalKeycloak keycloak = new LocalKeycloak(port > 0 ? port : freePort(), log);
        keycloak.startProcess();
        keycloak.importRealm(appUrl);
        return keycloak;
    }

    public String realmUrl() {
        return "http://localhost:" + port + "/realms/passerelle";
    }

    /** An access token of a realm user, by the resource-owner password grant (the demo client allows it). */
    public String accessToken(String username, String password) {
        String form = form(Map.of("grant_type", "password", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET,
                "username", username, "password", password));
        JsonNode body = post(realmUrl() + "/protocol/openid-connect/token", form, null);
        return body.get("access_token").asText();
    }

    public String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    @Override
    public void close() {
        if (process != null) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void startProcess() {
        Path home = home();
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak in " + home + ": the build unpacks it (mvn generate-test-resources)");
        }
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + freePort(), "--db=dev-mem",
                    "--health-enabled=false", "--metrics-enabled=false", "--hostname-strict=false"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
            // Without a bound the JVM takes a share of the machine's memory; Keycloak with one realm needs far less.
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
        awaitUp(Duration.ofMinutes(5));
    }

    private void importRealm(String appUrl) {
        try {
            String realm = Files.readString(Path.of(REALM_FILE)).replace(REALM_APP_URL, appUrl);
            String form = form(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                    "password", adminPassword));
            String adminToken = post("http://localhost:" + port + "/realms/master/protocol/openid-connect/token", form, null)
                    .get("access_token").asText();
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/realms"))
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(realm)).build(), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("realm import refused: " + created.statusCode() + " " + created.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode post(String url, String form, String bearer) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ": see " + log);
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/realms/master"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak not up after " + timeout + ": see " + log);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
