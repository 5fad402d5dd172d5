package fr.passerelle.planning.domain;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import fr.passerelle.planning.solver.AllocationPlanCloner;

/** The planning solution: who goes to which session under which budget. */
@PlanningSolution(solutionCloner = AllocationPlanCloner.class)
public class AllocationPlan {

    private String name;
    @ProblemFactCollectionProperty
    private List<BudgetLine> budgetLines;
    @ProblemFactCollectionProperty
    private List<Session> sessions;
    @PlanningEntityCollectionProperty
    private List<Candidate> candidates;
    @PlanningScore
    private HardSoftLongScore score;

    public AllocationPlan() {
    }

    public AllocationPlan(String name, List<BudgetLine> budgetLines, List<Session> sessions, List<Candidate> candidates) {
        this.name = name;
        this.budgetLines = budgetLines;
        this.sessions = sessions;
        this.candidates = candidates;
    }

    public String getName() { return name; }
    public List<BudgetLine> getBudgetLines() { return budgetLines; }
    public List<Session> getSessions() { return sessions; }
    public List<Candidate> getCandidates() { return candidates; }
    public void setCandidates(List<Candidate> candidates) { this.candidates = candidates; }
    public HardSoftLongScore getScore() { return score; }
    public void setScore(HardSoftLongScore score) { this.score = score; }
}
