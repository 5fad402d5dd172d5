package fr.passerelle.search;

import fr.passerelle.metier.Metier;
import fr.passerelle.profile.Profile;
import fr.passerelle.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.CacheMode;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.backend.elasticsearch.metamodel.ElasticsearchIndexDescriptor;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds indexes (profiles, métiers, sessions) from PostgreSQL (after a bulk load that bypassed Hibernate, or on an admin's
 * request). Writes made meanwhile still go through the outbox, so none is lost.
 */
@ApplicationScoped
public class SearchReindexer {

    private static final Logger LOG = Logger.getLogger(SearchReindexer.class);

    /** Every indexed entity type. */
    public static final List<Class<?>> ALL = List.of(Profile.class, Metier.class, TrainingSession.class);

    public record Progress(boolean running, long indexed, long total, Instant startedAt, Instant endedAt,
                           Double perSecond, String error) {
    }

    private final SearchMapping mapping;
    private final int threads;
    private final int batchSize;
    private final int idFetchSize;
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile boolean running;
    private volatile Instant startedAt;
    private volatile Instant endedAt;
    private volatile String error;

    public SearchReindexer(SearchMapping mapping,
                           @ConfigProperty(name = "passerelle.search.reindex.threads") int threads,
                           @ConfigProperty(name = "passerelle.search.reindex.batch-size") int batchSize,
                           @ConfigProperty(name = "passerelle.search.reindex.id-fetch-size") int idFetchSize) {
        this.mapping = mapping;
        this.threads = threads;
        this.batchSize = batchSize;
        this.idFetchSize = idFetchSize;
    }

    /** Starts a mass indexing of every index unless one runs; returns false when one was already running. */
    public boolean start() {
        return start(ALL);
    }

    /** Starts a mass indexing of these entity types unless one runs; returns false when one was already running. */
    public synchronized boolean start(Collection<Class<?>> types) {
        if (running) {
            return false;
        }
        running = true;
        indexed.set(0);
        total.set(0);
        startedAt = Instant.now();
        endedAt = null;
        error = null;
        List<String> indexes = types.stream().map(t -> descriptor(mapping, t).writeName()).toList();
        try {
            // an empty new index rather than a purge: at 300,000 documents, _delete_by_query outlasted the client's
            // 30 s timeout on a busy machine (and went on deleting behind the new documents)
            mapping.scope(types).schemaManager().dropAndCreate();
        } catch (RuntimeException e) {
            running = false;
            endedAt = Instant.now();
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.errorf("Mass indexing not started, the indexes could not be recreated: %s", error);
            return true;
        }
        refreshInterval(indexes, "\"-1\"");
        mapping.scope(types).massIndexer()
                .purgeAllOnStart(false)
                .threadsToLoadObjects(threads)
                .batchSizeToLoadObjects(batchSize)
                .idFetchSize(idFetchSize)
                // communes and ROME items are in the second-level cache: read them there, not once per batch
                .cacheMode(CacheMode.NORMAL)
                .monitor(new Monitor())
                .start()
                .whenComplete((ignored, failure) -> {
                    refreshInterval(indexes, "null");
                    endedAt = Instant.now();
                    running = false;
                    if (failure != null) {
                        error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
                        LOG.errorf("Mass indexing failed: %s", error);
                    } else {
                        LOG.infof("Mass indexing done: %,d documents in %d s", indexed.get(),
                                Duration.between(startedAt, endedAt).toSeconds());
                    }
                });
        return true;
    }

    /** The alias searches read: what readiness and the index watch look for. */
    public static String readName(SearchMapping mapping, Class<?> type) {
        return descriptor(mapping, type).readName();
    }

    private static ElasticsearchIndexDescriptor descriptor(SearchMapping mapping, Class<?> type) {
        return mapping.indexedEntity(type).indexManager().unwrap(ElasticsearchIndexManager.class).descriptor();
    }

    /**
     * No refresh during a rebuild (the engine would otherwise make new segments searchable every second, for nothing:
     * the mass indexer refreshes at the end); {@code null} restores the default.
     */
    private void refreshInterval(List<String> indexes, String value) {
        try {
            RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            for (String index : indexes) {
                Request request = new Request("PUT", "/" + index + "/_settings");
                request.setJsonEntity("{\"index\":{\"refresh_interval\":" + value + "}}");
                client.performRequest(request);
            }
        } catch (Exception e) {
            LOG.warnf("Could not set the refresh interval of %s to %s: %s", indexes, value, e.getMessage());
        }
    }

    public Progress progress() {
        Instant end = endedAt != null ? endedAt : Instant.now();
        Double rate = startedAt == null ? null
                : indexed.get() / Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        return new Progress(running, indexed.get(), total.get(), startedAt, endedAt, rate, error);
    }

    private final class Monitor implements MassIndexingMonitor {
        private long lastLogged;

        @Override
        public void documentsAdded(long increment) {
            long done = indexed.addAndGet(increment);
            if (done - lastLogged >= 20_000) {
                lastLogged = done;
                LOG.infof("Mass indexing: %,d / %,d documents", done, total.get());
            }
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {
        }
    }
}
