package fr.passerelle.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Generates the demo population at first start, when asked to and when the database has no profile yet. */
@ApplicationScoped
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class);

    @ConfigProperty(name = "passerelle.demo.profiles")
    int profiles;
    @ConfigProperty(name = "passerelle.demo.sessions")
    int sessions;
    @ConfigProperty(name = "passerelle.demo.seed")
    long seed;

    private final DemoReferenceRepository references;
    private final DemoDataWriter writer;
    private final DemoAccounts accounts;

    public DemoDataStartup(DemoReferenceRepository references, DemoDataWriter writer, DemoAccounts accounts) {
        this.references = references;
        this.writer = writer;
        this.accounts = accounts;
    }

    // After the reference data (priority 10); not transactional: the writer runs its own single transaction.
    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (profiles <= 0) {
            return;
        }
        long existing = references.profileCount();
        if (existing > 0) {
            LOG.infof("Demo population already present (%,d profiles): not generated again", existing);
            accounts.link();
            return;
        }
        long start = System.nanoTime();
        DemoPopulationGenerator generator = new DemoPopulationGenerator(references.load(), seed);
        LOG.infof("Generating the demo population: %,d profiles and %d sessions (seed %d)", profiles, sessions, seed);
        writer.write(generator.offer(sessions), generator.people(profiles), profiles);
        Runtime rt = Runtime.getRuntime();
        LOG.infof("Demo population ready in %d s (heap used %d MB)", (System.nanoTime() - start) / 1_000_000_000L,
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        accounts.link();
        // COPY bypasses Hibernate, hence the outbox: EmptyIndexGuard indexes the population once the indexes exist
    }
}
