package fr.passerelle.search;

import fr.passerelle.metier.Metier;
import fr.passerelle.profile.Profile;
import fr.passerelle.training.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile boolean running;
    private volatile Instant startedAt;
    private volatile Instant endedAt;
    private volatile String error;

    public SearchReindexer(SearchMapping mapping) {
        this.mapping = mapping;
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
        mapping.scope(types).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(500)
                .monitor(new Monitor())
                .start()
                .whenComplete((ignored, failure) -> {
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
