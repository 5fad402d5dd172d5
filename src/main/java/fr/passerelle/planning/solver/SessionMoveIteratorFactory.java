package fr.passerelle.planning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.Session;

/**
 * Whole-session moves for OptaPlanner local search: close a running session (all its trainees
 * out), open a closed one with its best free candidates (its minimum cohort), or both at once on
 * the same budget line (money moves from one cohort to another). A change move alone can never
 * open a session whose minimum is above 1: these moves cross that barrier.
 */
public final class SessionMoveIteratorFactory implements MoveIteratorFactory<AllocationPlan, MultiChangeMove> {

    private AllocationPlan indexedFor;
    private List<Session> sessions;
    private Map<Session, List<Candidate>> eligible;

    @Override
    public long getSize(ScoreDirector<AllocationPlan> scoreDirector) {
        return 3L * scoreDirector.getWorkingSolution().getSessions().size();
    }

    @Override
    public Iterator<MultiChangeMove> createOriginalMoveIterator(ScoreDirector<AllocationPlan> scoreDirector) {
        throw new UnsupportedOperationException("random selection only");
    }

    @Override
    public Iterator<MultiChangeMove> createRandomMoveIterator(ScoreDirector<AllocationPlan> scoreDirector, Random random) {
        index(scoreDirector.getWorkingSolution());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !sessions.isEmpty();
            }

            @Override
            public MultiChangeMove next() {
                int kind = random.nextInt(3);
                Session a = sessions.get(random.nextInt(sessions.size()));
                List<Candidate> moved = new ArrayList<>();
                List<Session> targets = new ArrayList<>();
                if (kind == 0) {
                    close(a, moved, targets);
                    return new MultiChangeMove("close " + a, moved, targets);
                }
                Session toOpen = a;
                if (kind == 2) {
                    // close a running session of the same line, then open a closed one
                    Session b = sessions.get(random.nextInt(sessions.size()));
                    if (b.getBudgetLine() == a.getBudgetLine()) {
                        close(b, moved, targets);
                    }
                }
                open(toOpen, moved, targets);
                return new MultiChangeMove((kind == 2 ? "close-open " : "open ") + toOpen, moved, targets);
            }
        };
    }

    private void index(AllocationPlan plan) {
        if (indexedFor == plan) {
            return;
        }
        indexedFor = plan;
        sessions = plan.getSessions();
        eligible = new IdentityHashMap<>();
        for (Session s : sessions) {
            eligible.put(s, new ArrayList<>());
        }
        for (Candidate c : plan.getCandidates()) {
            if (!c.isPinned()) {
                for (Session s : c.getOptionSessions()) {
                    eligible.get(s).add(c);
                }
            }
        }
        for (Map.Entry<Session, List<Candidate>> e : eligible.entrySet()) {
            Session s = e.getKey();
            e.getValue().sort(Comparator.comparingLong((Candidate c) -> c.optionFor(s).value()).reversed());
        }
    }

    private void close(Session s, List<Candidate> moved, List<Session> targets) {
        for (Candidate c : eligible.get(s)) {
            if (c.getSession() == s) {
                moved.add(c);
                targets.add(null);
            }
        }
    }

    /** Fills s up to its minimum cohort (at least 1) with the best candidates who are free or just freed. */
    private void open(Session s, List<Candidate> moved, List<Session> targets) {
        for (Candidate c : eligible.get(s)) {
            if (c.getSession() == s && !moved.contains(c)) {
                return; // already running
            }
        }
        int wanted = Math.max(1, s.getMinCohort());
        int taken = 0;
        for (Candidate c : eligible.get(s)) {
            if (taken >= wanted) {
                break;
            }
            boolean free = c.getSession() == null || (moved.contains(c) && targets.get(moved.indexOf(c)) == null);
            if (free && !moved.contains(c)) {
                moved.add(c);
                targets.add(s);
                taken++;
            }
        }
    }
}
