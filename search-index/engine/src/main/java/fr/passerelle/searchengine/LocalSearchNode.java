package fr.passerelle.searchengine;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.transport.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A single OpenSearch 2.19 node on loopback, for local runs and tests: the same engine as the production image,
 * with the modules Passerelle's index settings use (French analysis, geo, reindex).
 * Arguments: HTTP port, home directory (data kept there between runs).
 */
public final class LocalSearchNode {

    private LocalSearchNode() {
    }

    public static void main(String[] args) throws Exception {
        int httpPort = Integer.parseInt(args[0]);
        Path home = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(home.resolve("config"));
        Settings settings = Settings.builder()
                .put("cluster.name", "passerelle-local")
                .put("node.name", "passerelle-local")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                // the transport port is only used by the node itself: any free one
                .put("transport.port", "0")
                .put("discovery.type", "single-node")
                // a developer's disk is often more than 90 % full: never turn the index read-only for that
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
                () -> "passerelle-local");
        Node node = new Node(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class,
                MapperExtrasPlugin.class, PainlessPlugin.class, ReindexPlugin.class), true) {
        };
        node.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (Exception e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        System.out.println("[search] OpenSearch node ready on http://127.0.0.1:" + httpPort);
        stopped.await();
    }
}
