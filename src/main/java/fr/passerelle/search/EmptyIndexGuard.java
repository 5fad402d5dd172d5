package fr.passerelle.search;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the indexes that are empty while PostgreSQL has their rows: reference data (métiers) and demo populations
 * (profiles, sessions) bulk-loaded with COPY, which bypasses the outbox; a database restored from a backup; an
 * engine whose data was lost.
 */
@ApplicationScoped
public class EmptyIndexGuard {

    private static final Logger LOG = Logger.getLogger(EmptyIndexGuard.class);

    private final SearchSchemaBootstrap bootstrap;
    private final SearchReindexer reindexer;
    private final SearchSession search;

    public EmptyIndexGuard(SearchSchemaBootstrap bootstrap, SearchReindexer reindexer, SearchSession search) {
        this.bootstrap = bootstrap;
        this.reindexer = reindexer;
        this.search = search;
    }

    void onStart(@Observes StartupEvent event) {
        bootstrap.whenReady(this::check);
    }

    void check() {
        try {
            List<Class<?>> empty = QuarkusTransaction.requiringNew().call(() -> {
                List<Class<?>> types = new ArrayList<>();
                for (Class<?> type : SearchReindexer.ALL) {
                    long rows = Panache.getEntityManager().createQuery("select count(*) from " + type.getSimpleName(), Long.class)
                            .getSingleResult();
                    if (rows > 0 && search.search(type).where(f -> f.matchAll()).fetchTotalHitCount() == 0) {
                        LOG.infof("The %s index is empty while the database holds %,d rows: rebuilding it",
                                type.getSimpleName(), rows);
                        types.add(type);
                    }
                }
                return types;
            });
            if (!empty.isEmpty()) {
                reindexer.start(empty);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not compare the indexes with the database: %s", e.getMessage());
        }
    }
}
