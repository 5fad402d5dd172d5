package fr.passerelle.search;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Repairs of the search index: reprocess aborted events after a long outage, rebuild from PostgreSQL. */
@RolesAllowed(Roles.CONSEILLER)
@Path("/api/admin/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    private final SearchReindexer reindexer;
    private final EntityManager em;

    public SearchAdminResource(SearchReindexer reindexer, EntityManager em) {
        this.reindexer = reindexer;
        this.em = em;
    }

    /**
     * Hibernate Search gives up on an event after 3 failed attempts (ABORTED) and never retries it: after a long
     * engine outage, this puts them back in the queue.
     */
    @POST
    @Path("/reprocess-aborted")
    @Transactional
    public Map<String, Integer> reprocessAborted() {
        int n = em.createNativeQuery("""
                update hsearch_outbox_event set status = 'PENDING', retries = 0, processAfter = now()
                where status = 'ABORTED'""").executeUpdate();
        return Map.of("requeued", n);
    }

    @POST
    @Path("/reindex")
    public Response reindex() {
        boolean started = reindexer.start();
        return Response.status(started ? Response.Status.ACCEPTED : Response.Status.CONFLICT)
                .entity(reindexer.progress()).build();
    }

    @GET
    @Path("/reindex")
    public SearchReindexer.Progress progress() {
        return reindexer.progress();
    }
}
