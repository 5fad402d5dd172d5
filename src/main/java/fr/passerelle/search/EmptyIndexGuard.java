package fr.passerelle.search;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds the indexes that are empty while PostgreSQL has their rows: reference data (métiers) and demo populations
 * (profiles, sessions) bulk-loaded with COPY, which bypasses the outbox; a database restored from a backup; an
 * engine whose data was lost. At start, then on a watch: an index missing while the engine answers (it lost its data,
 * or died during a rebuild between the drop and the create) is recreated and rebuilt, without waiting for someone to
 * read the readiness report.
 */
@ApplicationScoped
public class EmptyIndexGuard {

    private static final Logger LOG = Logger.getLogger(EmptyIndexGuard.class);

    private final SearchSchemaBootstrap bootstrap;
    private final SearchReindexer reindexer;
    private final SearchSession search;
    private final SearchMapping mapping;
    private final long watchSeconds;
    /** The types found missing at the previous watch: one sighting may be another instance's rebuild in progress. */
    private Set<Class<?>> missingBefore = Set.of();

    public EmptyIndexGuard(SearchSchemaBootstrap bootstrap, SearchReindexer reindexer, SearchSession search,
                           SearchMapping mapping,
                           @ConfigProperty(name = "passerelle.search.index-watch-seconds", defaultValue = "30") long watchSeconds) {
        this.bootstrap = bootstrap;
        this.reindexer = reindexer;
        this.search = search;
        this.mapping = mapping;
        this.watchSeconds = watchSeconds;
    }

    void onStart(@Observes StartupEvent event) {
        bootstrap.whenReady(this::check);
        bootstrap.everyWhenReady(watchSeconds, this::repairMissing);
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

    /** Recreates and rebuilds the indexes missing at two watches in a row while no rebuild of ours runs. */
    void repairMissing() {
        if (reindexer.progress().running()) {
            missingBefore = Set.of();
            return;
        }
        Set<Class<?>> missing = new HashSet<>();
        try {
            RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            for (Class<?> type : SearchReindexer.ALL) {
                // a HEAD answering 404 is an answer, not an error, for this client
                int status = client.performRequest(new Request("HEAD", "/" + SearchReindexer.readName(mapping, type)))
                        .getStatusLine().getStatusCode();
                if (status == 404) {
                    missing.add(type);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the engine is down: readiness says so, and the outbox keeps the writes until it is back
            missingBefore = Set.of();
            return;
        }
        List<Class<?>> repair = SearchReindexer.ALL.stream().filter(t -> missing.contains(t) && missingBefore.contains(t)).toList();
        missingBefore = missing;
        if (!repair.isEmpty()) {
            LOG.warnf("The %s index(es) are missing while the engine answers: recreating and rebuilding them from the database",
                    repair.stream().map(Class::getSimpleName).toList());
            missingBefore = Set.of();
            reindexer.start(repair);
        }
    }
}
