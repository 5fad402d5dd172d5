package fr.passerelle.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.matching.model.RankingEvaluation;
import fr.passerelle.matching.model.RomeData;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * {@code search-index/benchmark}: starts the packaged application on its own PostgreSQL and OpenSearch with a demo
 * population (generated at the first start of a size), rebuilds every index from PostgreSQL and measures the mass
 * indexing rate, then the latency of the three query kinds over HTTP with concurrent clients, then the métier
 * matching quality next to the TF-IDF baseline. Options: -Dbench.profiles=300000 -Dbench.clients=8
 * -Dbench.requests=400 (per kind and client) -Dbench.home=DIR -Dbench.port=8089 -Dbench.app=JAR.
 */
public final class SearchBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4)).build();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int profiles = Integer.getInteger("bench.profiles", 300_000);
        int clients = Integer.getInteger("bench.clients", 8);
        int requests = Integer.getInteger("bench.requests", 400);
        int port = Integer.getInteger("bench.port", 8089);
        Path home = Path.of(System.getProperty("bench.home", System.getProperty("user.home") + "/.passerelle-bench"));
        // another build's jar (e.g. an older commit, for a before/after) may be given with -Dbench.app
        Path app = Path.of(System.getProperty("bench.app", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
        if (!Files.exists(app)) {
            throw new IllegalStateException("no packaged application at " + app);
        }
        String base = "http://localhost:" + port;
        say("Benchmark " + LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES) + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, load average " + loadAverage() + ", " + profiles + " profiles, " + clients + " clients");
        long t0 = System.nanoTime();
        try (DemoLauncher.Running running = DemoLauncher.start(profiles, port, home, app, System.getProperty("bench.xmx", "2g"), false)) {
            counsellor = new CounsellorToken(running.keycloak());
            if (!DemoLauncher.awaitReady(base + "/q/health/ready", running.app())) {
                throw new IllegalStateException("the application did not get ready: see " + home);
            }
            say(String.format("ready after %.0f s (generation included on a first start)", seconds(t0)));
            awaitReindexEnd(base);
            // the measured rebuild: every index, from PostgreSQL
            double cpuBefore = componentsCpuSeconds();
            JsonNode started = post(base + "/api/admin/search/reindex", "");
            if (started.path("running").asBoolean(false) || started.has("startedAt")) {
                JsonNode end = awaitReindexEnd(base);
                double cpu = componentsCpuSeconds() - cpuBefore;
                long documents = end.path("indexed").asLong();
                // CPU time of the app, the engine and the database: what the rate would be with 2 idle cores
                // (an upper bound) when other builds share the machine
                say(String.format("mass indexing: %,d documents in %.1f s = %,.0f documents/s; %.0f CPU-s of app + engine "
                                + "+ database = %,.0f documents per CPU-second (load average after: %s)",
                        documents, Duration.between(java.time.Instant.parse(end.path("startedAt").asText()),
                                java.time.Instant.parse(end.path("endedAt").asText())).toMillis() / 1000.0,
                        end.path("perSecond").asDouble(), cpu, documents / cpu, loadAverage()));
            }
            // the latencies are those of a settled system: a rebuild leaves the engine merging segments for a while
            awaitEngineIdle(running.search().url());
            List<Long> ids = profileIds(running.postgres().jdbcUrl());
            RomeData rome = RomeData.load();
            Random seed = new Random(2027);
            String[] communes = {"62498", "59183", "59350", "62193", "59606", "62041", "59178", "62510"};
            String[] words = {"soudage", "maintenance", "logistique", "conduite", "chimie", "tri", "électricité", "qualité"};
            measure("métier matching  GET /api/match/metiers", clients, requests, r -> {
                RomeData.Fiche f = rome.fiches().get(r.nextInt(rome.size()));
                int[] items = rome.items(f.index());
                StringBuilder skills = new StringBuilder();
                for (int k = 0; k < Math.min(12, items.length); k++) {
                    skills.append(k == 0 ? "" : ",").append(items[r.nextInt(items.length)]);
                }
                return HttpRequest.newBuilder(URI.create(base + "/api/match/metiers?limit=10&skills=" + skills)).build();
            }, seed.nextLong());
            measure("cohort search    POST /api/search/profiles", clients, requests, r -> {
                String body = """
                        {"text":"%s","bassinMinier":%s,"near":{"commune":"%s","radiusKm":%d},"size":20}"""
                        .formatted(words[r.nextInt(words.length)], r.nextBoolean(), communes[r.nextInt(communes.length)],
                                10 + r.nextInt(40));
                return HttpRequest.newBuilder(URI.create(base + "/api/search/profiles")).header("Authorization", counsellor.header())
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            }, seed.nextLong());
            measure("paths            GET /api/profiles/{id}/paths", clients, requests, r ->
                    HttpRequest.newBuilder(URI.create(base + "/api/profiles/" + ids.get(r.nextInt(ids.size())) + "/paths"))
                            .header("Authorization", counsellor.header()).build(),
                    seed.nextLong());
        }
        RankingEvaluation.Result quality = RankingEvaluation.run();
        say("métier matching quality on the held-out fiches: model " + quality.model() + "; TF-IDF baseline " + quality.baseline());
        System.exit(0);
    }

    private static CounsellorToken counsellor;

    /** A counsellor's bearer token (the protected routes need one), renewed before Keycloak's 5-minute expiry. */
    static final class CounsellorToken {
        private final LocalKeycloak keycloak;
        private String token;
        private long fetchedAt;

        CounsellorToken(LocalKeycloak keycloak) {
            this.keycloak = keycloak;
        }

        synchronized String header() {
            if (token == null || System.nanoTime() - fetchedAt > Duration.ofMinutes(4).toNanos()) {
                token = keycloak.accessToken("claire.conseil");
                fetchedAt = System.nanoTime();
            }
            return "Bearer " + token;
        }
    }

    private static void measure(String name, int clients, int requests, Function<Random, HttpRequest> request, long seed)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        // warm-up, not counted: a quarter of the requests (the JIT compiles the ranking's loops after a few hundred)
        run(pool, clients, Math.max(1, requests / 4), request, seed - 1);
        long start = System.nanoTime();
        long[] all = run(pool, clients, requests, request, seed);
        double wall = seconds(start);
        pool.shutdown();
        Arrays.sort(all);
        say(String.format("%s: %,d requests, %d clients: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.0f requests/s",
                name, all.length, clients, all[all.length / 2] / 1e6, all[(int) (all.length * 0.95)] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, all.length / wall));
    }

    private static long[] run(ExecutorService pool, int clients, int requests, Function<Random, HttpRequest> request, long seed)
            throws Exception {
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Random r = new Random(seed + c);
            futures.add(pool.submit(() -> {
                long[] times = new long[requests];
                for (int i = 0; i < requests; i++) {
                    HttpRequest req = request.apply(r);
                    long t = System.nanoTime();
                    HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
                    times[i] = System.nanoTime() - t;
                    if (resp.statusCode() != 200) {
                        throw new IllegalStateException(req.uri() + " answered " + resp.statusCode() + ": " + resp.body());
                    }
                }
                return times;
            }));
        }
        long[] all = new long[clients * requests];
        for (int c = 0; c < clients; c++) {
            System.arraycopy(futures.get(c).get(), 0, all, c * requests, requests);
        }
        return all;
    }

    /** Until no segment merge has run on the engine for two polls in a row (at most 3 minutes). */
    private static void awaitEngineIdle(String engine) throws Exception {
        long start = System.nanoTime();
        int quiet = 0;
        while (quiet < 2 && seconds(start) < 180) {
            JsonNode stats = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(engine + "/_nodes/stats/indices/merges")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            long merging = 0;
            for (JsonNode node : stats.path("nodes")) {
                merging += node.path("indices").path("merges").path("current").asLong();
            }
            quiet = merging == 0 ? quiet + 1 : 0;
            Thread.sleep(2000);
        }
        say(String.format("engine settled %.0f s after the rebuild", seconds(start)));
    }

    private static JsonNode awaitReindexEnd(String base) throws Exception {
        while (true) {
            JsonNode p = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/search/reindex"))
                            .header("Authorization", counsellor.header()).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            if (!p.path("running").asBoolean()) {
                return p;
            }
            Thread.sleep(1000);
        }
    }

    private static JsonNode post(String url, String body) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", counsellor.header())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static List<Long> profileIds(String jdbcUrl) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, LocalPostgres.USER, "postgres");
             ResultSet rs = c.createStatement().executeQuery("select id from profile order by id")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** CPU time used so far by the processes this benchmark started: the app, OpenSearch, PostgreSQL and its backends. */
    private static double componentsCpuSeconds() {
        return ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum() / 1000.0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void say(String message) {
        System.out.println("[benchmark] " + message);
    }
}
