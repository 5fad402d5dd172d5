package fr.passerelle.matching;

import fr.passerelle.matching.model.MetierRanker;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** The métier ranking model, built once at start from the shipped ROME files (about 1.5 s). */
@Startup
@ApplicationScoped
public class MetierRankerHolder {

    private static final Logger LOG = Logger.getLogger(MetierRankerHolder.class);

    private final MetierRanker ranker;

    public MetierRankerHolder() {
        long start = System.nanoTime();
        this.ranker = MetierRanker.load();
        LOG.infof("Métier ranking model ready in %d ms", (System.nanoTime() - start) / 1_000_000);
    }

    public MetierRanker ranker() {
        return ranker;
    }
}
