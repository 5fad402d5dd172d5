package fr.passerelle.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Loads the shipped reference data at start (after Flyway), before the demo population needs it. */
@ApplicationScoped
public class ReferenceDataStartup {

    private static final Logger LOG = Logger.getLogger(ReferenceDataStartup.class);

    private final ReferenceDataLoader loader;
    private final boolean loadAtStart;
    private final long envelopeEur;
    private volatile boolean ready;

    public ReferenceDataStartup(ReferenceDataLoader loader,
                                @ConfigProperty(name = "passerelle.reference.load-at-start") boolean loadAtStart,
                                @ConfigProperty(name = "passerelle.budget.envelope-eur") long envelopeEur) {
        this.loader = loader;
        this.loadAtStart = loadAtStart;
        this.envelopeEur = envelopeEur;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!loadAtStart) {
            ready = true;
            return;
        }
        long start = System.nanoTime();
        int loaded = loader.loadAll(ReferenceCatalog.all(envelopeEur), ReferenceFiles.shipped());
        ready = true;
        LOG.infof("Reference data ready (%d datasets loaded now) in %d ms", loaded, (System.nanoTime() - start) / 1_000_000);
    }

    public boolean isReady() {
        return ready;
    }
}
