package fr.passerelle.plan;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * The match score of a person with a session, in [0, 100], until the matching engine provides its own: a base for
 * being eligible at all (the training teaches what is missing), plus the share of the taught skills the person
 * already has (the shorter the gap, the likelier the success).
 */
@ApplicationScoped
public class MatchScore {

    static final double ELIGIBLE_BASE = 20;

    public double score(Set<Integer> personSkills, Set<Integer> taughtSkills) {
        if (taughtSkills.isEmpty()) {
            return ELIGIBLE_BASE;
        }
        long covered = taughtSkills.stream().filter(personSkills::contains).count();
        return ELIGIBLE_BASE + (100 - ELIGIBLE_BASE) * covered / taughtSkills.size();
    }
}
