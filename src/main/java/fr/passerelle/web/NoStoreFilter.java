package fr.passerelle.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Anything served to a logged-in user may hold personal data: no browser or proxy keeps a copy. */
public class NoStoreFilter {
    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response) {
        if (!identity.isAnonymous()) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
