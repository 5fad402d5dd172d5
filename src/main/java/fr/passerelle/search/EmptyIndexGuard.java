package fr.passerelle.search;

import fr.passerelle.profile.Profile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

/**
 * Rebuilds the profiles index when it is empty while PostgreSQL has profiles: a population bulk-loaded with COPY
 * (which bypasses the outbox), a database restored from a backup, or an engine whose data was lost.
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
            long[] counts = QuarkusTransaction.requiringNew().call(() -> new long[]{
                    Profile.count(),
                    search.search(Profile.class).where(f -> f.matchAll()).fetchTotalHitCount()});
            if (counts[0] > 0 && counts[1] == 0) {
                LOG.infof("The profiles index is empty while the database holds %,d profiles: rebuilding it", counts[0]);
                reindexer.start();
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not compare the index with the database: %s", e.getMessage());
        }
    }
}
