package fr.passerelle.search;

import fr.passerelle.common.ApiError;
import fr.passerelle.common.ApiExceptionMappers;
import jakarta.ws.rs.core.Response;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * The API's searches are built from validated requests, so a failure of Hibernate Search is the engine's (down,
 * restarting, shards not allocated yet): the client is told to retry later (503), not that the server broke (500).
 */
public class SearchUnavailableMapper {

    private static final Logger LOG = Logger.getLogger(SearchUnavailableMapper.class);

    @ServerExceptionMapper
    public Response unavailable(SearchException e) {
        // The message can quote the query, so personal data: only its Hibernate Search code is logged.
        LOG.warnf("search engine unavailable: %s", code(e.getMessage()));
        return ApiExceptionMappers.json(Response.Status.SERVICE_UNAVAILABLE,
                new ApiError(503, "search engine unavailable: try again in a few minutes", List.of()));
    }

    /** "HSEARCH400007: Elasticsearch request failed: …" → "HSEARCH400007". */
    static String code(String message) {
        if (message == null || !message.startsWith("HSEARCH")) {
            return "no code";
        }
        int end = message.indexOf(':');
        return end < 0 ? "no code" : message.substring(0, end);
    }
}
