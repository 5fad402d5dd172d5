package fr.passerelle.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * An OpenSearch 2.19 node in its own JVM process on loopback, built by {@code search-index/engine} (the root build
 * runs that build before the tests). Its own process, so that fault tests can kill and restart it.
 */
public final class LocalOpenSearch implements AutoCloseable {

    static final Path ENGINE = Path.of("search-index/engine/target");
    /** Analysis files the index settings name by path, relative to the node's config directory. */
    static final Path SYNONYMS = Path.of("search-index/synonyms-appellations.txt");

    private final Path home;
    private final int port;
    private Process process;

    private LocalOpenSearch(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** @param home data kept there between runs; @param port 0 for any free port */
    public static LocalOpenSearch start(Path home, int port) {
        LocalOpenSearch node = new LocalOpenSearch(home, port > 0 ? port : freePort());
        node.startProcess();
        return node;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String hostAndPort() {
        return "127.0.0.1:" + port;
    }

    public synchronized void startProcess() {
        if (process != null && process.isAlive()) {
            return;
        }
        if (!Files.isDirectory(ENGINE.resolve("lib"))) {
            throw new IllegalStateException("no search engine build in " + ENGINE.toAbsolutePath()
                    + ": run `mvn -f search-index/engine/pom.xml package` (the root build does it)");
        }
        try {
            Files.createDirectories(home);
            // index settings name it relative to the config directory (as the compose file mounts it)
            Path analysis = Files.createDirectories(home.resolve("config/analysis"));
            Files.copy(SYNONYMS, analysis.resolve(SYNONYMS.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String classpath = ENGINE.resolve("classes") + File.pathSeparator + ENGINE.resolve("lib") + "/*";
            process = new ProcessBuilder(List.of(java, "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-cp", classpath, "fr.passerelle.searchengine.LocalSearchNode", Integer.toString(port), home.toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("node.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch did not start", e);
        }
        awaitHealthy(Duration.ofSeconds(120));
    }

    /** Stops the node as an outage would: abruptly. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (process != null) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with " + process.exitValue() + ": see " + home.resolve("node.log"));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
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
            sleep();
        }
        throw new IllegalStateException("OpenSearch not healthy after " + timeout + ": see " + home.resolve("node.log"));
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
