package fr.passerelle.planning.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.Session;

/** Moves several candidates at once (e.g. a whole cohort into or out of a session). */
public final class MultiChangeMove extends AbstractMove<AllocationPlan> {

    private final String description;
    private final List<Candidate> candidates;
    private final List<Session> targets;

    public MultiChangeMove(String description, List<Candidate> candidates, List<Session> targets) {
        this.description = description;
        this.candidates = candidates;
        this.targets = targets;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<AllocationPlan> scoreDirector) {
        boolean changes = false;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.isPinned()) {
                return false;
            }
            Session target = targets.get(i);
            if (target != null && !c.hasOption(target)) {
                return false;
            }
            changes |= c.getSession() != target;
        }
        return changes;
    }

    @Override
    protected MultiChangeMove createUndoMove(ScoreDirector<AllocationPlan> scoreDirector) {
        List<Candidate> reversed = new ArrayList<>(candidates.size());
        List<Session> previous = new ArrayList<>(candidates.size());
        for (int i = candidates.size() - 1; i >= 0; i--) {
            reversed.add(candidates.get(i));
            previous.add(candidates.get(i).getSession());
        }
        return new MultiChangeMove("undo " + description, reversed, previous);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<AllocationPlan> scoreDirector) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            scoreDirector.beforeVariableChanged(c, Candidate.SESSION);
            c.setSession(targets.get(i));
            scoreDirector.afterVariableChanged(c, Candidate.SESSION);
        }
    }

    @Override
    public MultiChangeMove rebase(ScoreDirector<AllocationPlan> destination) {
        return new MultiChangeMove(description, rebaseList(candidates, destination),
                targets.stream().map(s -> s == null ? null : destination.lookUpWorkingObject(s)).toList());
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "MultiChangeMove(" + description + ")";
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return candidates;
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        return targets.stream().filter(Objects::nonNull).distinct().toList();
    }

    @Override
    public String toString() {
        return description + " " + candidates + " -> " + targets;
    }
}
