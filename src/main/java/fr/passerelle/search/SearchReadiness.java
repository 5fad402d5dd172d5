package fr.passerelle.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.apache.http.util.EntityUtils;

import java.util.List;

/**
 * Tells the truth about search: DOWN when the engine does not answer or the indexes are not there, and the number
 * of index events Hibernate Search gave up on (ABORTED after its retries), which only a reprocessing repairs.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    private final SearchMapping mapping;
    private final SearchSchemaBootstrap bootstrap;
    private final EntityManager em;

    public SearchReadiness(SearchMapping mapping, SearchSchemaBootstrap bootstrap, EntityManager em) {
        this.mapping = mapping;
        this.bootstrap = bootstrap;
        this.em = em;
    }

    @Override
    @Transactional
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("search");
        long aborted = ((Number) em.createNativeQuery("select count(*) from hsearch_outbox_event where status = 'ABORTED'")
                .getSingleResult()).longValue();
        long pending = ((Number) em.createNativeQuery("select count(*) from hsearch_outbox_event where status = 'PENDING'")
                .getSingleResult()).longValue();
        r.withData("abortedEvents", aborted).withData("pendingEvents", pending);
        if (!bootstrap.isReady()) {
            return r.down().withData("reason", "indexes not created: " + bootstrap.lastError()).build();
        }
        try {
            RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
            // The health of our indexes, not the cluster's: after a restart the engine answers before its shards
            // are back, and an index dropped by a rebuild the engine died in is missing; both answer red (408 when
            // the wait times out), and searches fail until then.
            Request health = new Request("GET", "/_cluster/health/" + String.join(",", readNames()));
            health.addParameter("timeout", "2s");
            health.addParameter("filter_path", "status");
            health.addParameter("ignore", "408");
            org.elasticsearch.client.Response answer = client.performRequest(health);
            int status = answer.getStatusLine().getStatusCode();
            if (status != 200 && status != 408) {
                return r.down().withData("reason", "engine answered " + status).build();
            }
            if (status == 408 || EntityUtils.toString(answer.getEntity()).contains("\"red\"")) {
                return r.down().withData("reason", "engine up but the indexes are not available (missing or not allocated yet)").build();
            }
        } catch (Exception e) {
            return r.down().withData("reason", "engine unreachable: " + e.getClass().getSimpleName()).build();
        }
        if (aborted > 0) {
            return r.down().withData("reason", aborted + " index events were aborted: POST /api/admin/search/reprocess-aborted").build();
        }
        return r.up().build();
    }

    private List<String> readNames() {
        return SearchReindexer.ALL.stream().map(t -> SearchReindexer.readName(mapping, t)).toList();
    }
}
