package fr.passerelle.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Creates the missing indexes once the search engine answers, in the background: the application starts and
 * serves whatever does not need search while the engine is down. Work that needs the indexes (a mass
 * indexing of a generated population) waits for them here.
 */
@ApplicationScoped
public class SearchSchemaBootstrap {

    private static final Logger LOG = Logger.getLogger(SearchSchemaBootstrap.class);

    private final SearchMapping mapping;
    private final long retryMillis;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-schema-bootstrap");
        t.setDaemon(true);
        return t;
    });
    private final List<Runnable> whenReady = new ArrayList<>();
    private volatile boolean ready;
    private volatile String lastError = "not tried yet";

    public SearchSchemaBootstrap(SearchMapping mapping,
                                 @ConfigProperty(name = "passerelle.search.schema-retry-seconds", defaultValue = "5") long retrySeconds) {
        this.mapping = mapping;
        this.retryMillis = retrySeconds * 1000;
    }

    void onStart(@Observes StartupEvent event) {
        executor.execute(this::attempt);
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    private void attempt() {
        try {
            mapping.scope(Object.class).schemaManager().createIfMissing();
            List<Runnable> tasks;
            synchronized (this) {
                ready = true;
                tasks = List.copyOf(whenReady);
                whenReady.clear();
            }
            LOG.info("Search indexes ready");
            tasks.forEach(Runnable::run);
        } catch (RuntimeException e) {
            lastError = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
            LOG.warnf("Search engine not reachable yet (%s); retrying in %d s", lastError, retryMillis / 1000);
            executor.schedule(this::attempt, retryMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Runs the task once the indexes exist (now if they already do), on the bootstrap thread. */
    public void whenReady(Runnable task) {
        synchronized (this) {
            if (!ready) {
                whenReady.add(task);
                return;
            }
        }
        executor.execute(task);
    }

    /** Runs the task every {@code seconds} on the bootstrap thread once the indexes exist, until the application stops. */
    public void everyWhenReady(long seconds, Runnable task) {
        whenReady(() -> executor.scheduleWithFixedDelay(task, seconds, seconds, TimeUnit.SECONDS));
    }

    public boolean isReady() {
        return ready;
    }

    public String lastError() {
        return lastError;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
