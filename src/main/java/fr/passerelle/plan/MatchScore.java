package fr.passerelle.plan;

import fr.passerelle.matching.MetierRankerHolder;
import fr.passerelle.matching.model.MetierRanker;
import fr.passerelle.matching.model.RomeData;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The match score of a person with a session, in [0, 100], one decimal: the score the planner optimises and the
 * options API shows. A base for being eligible at all, plus, in equal shares, the matching model's fit of the
 * person's skills to the session's target métier (the calibrated chance that it is a passerelle for them) and the
 * share of the taught skills the person already has (the shorter the gap, the likelier the success).
 */
@ApplicationScoped
public class MatchScore {

    static final double ELIGIBLE_BASE = 20;
    static final double FIT_SHARE = 0.5;

    private final MetierRankerHolder model;

    public MatchScore(MetierRankerHolder model) {
        this.model = model;
    }

    /** A scorer for one batch of people; not thread-safe. */
    public Scorer scorer() {
        return new Scorer(model.ranker());
    }

    public static final class Scorer {
        private final MetierRanker ranker;
        // the model scores every fiche at once (a few ms): once per distinct skill set of the batch
        private final Map<Set<Integer>, double[]> fits = new HashMap<>();

        Scorer(MetierRanker ranker) {
            this.ranker = ranker;
        }

        public BigDecimal score(Set<Integer> personSkills, String romeCode, Set<Integer> taughtSkills) {
            double overlap = 0;
            if (!taughtSkills.isEmpty()) {
                overlap = (double) taughtSkills.stream().filter(personSkills::contains).count() / taughtSkills.size();
            }
            double raw = ELIGIBLE_BASE + (100 - ELIGIBLE_BASE) * (FIT_SHARE * fit(personSkills, romeCode)
                    + (1 - FIT_SHARE) * overlap);
            return BigDecimal.valueOf(raw).setScale(1, RoundingMode.HALF_UP);
        }

        /** The model's fit in [0,1]; 0 for a person with no known skill or a fiche the model does not know. */
        double fit(Set<Integer> personSkills, String romeCode) {
            RomeData.Fiche fiche = ranker.data().fiche(romeCode);
            if (fiche == null) {
                return 0;
            }
            double[] all = fits.computeIfAbsent(Set.copyOf(personSkills), skills -> {
                int[] known = ranker.skills().known(skills);
                return known.length == 0 ? null : ranker.scores(known);
            });
            return all == null ? 0 : all[fiche.index()];
        }
    }
}
