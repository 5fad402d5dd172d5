package fr.passerelle.planning.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.io.InstanceReader;
import fr.passerelle.planning.io.InvalidInstanceException;
import fr.passerelle.planning.io.PlanWriter;
import fr.passerelle.planning.io.ValidationError;
import fr.passerelle.planning.solver.PlannerSolver;

/**
 * {@code plan INSTANCE.json PLAN.json [--seconds N]}: solves one instance without the web app and
 * writes the plan in the shared format. Exit codes: 0 solved, 1 usage or I/O error, 2 malformed
 * instance (nothing written), 3 no feasible plan found (pins breaking a rule; plan still written).
 */
public final class PlanCommand {

    public static final int OK = 0;
    public static final int USAGE = 1;
    public static final int INVALID_INSTANCE = 2;
    public static final int INFEASIBLE = 3;
    static final long DEFAULT_SECONDS = 60;

    private final PrintStream out;
    private final PrintStream err;

    public PlanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new PlanCommand(System.out, System.err).run(args));
    }

    public int run(String... args) {
        Path instancePath = null;
        Path planPath = null;
        long seconds = DEFAULT_SECONDS;
        for (int i = 0; i < args.length; i++) {
            if ("--seconds".equals(args[i]) && i + 1 < args.length) {
                try {
                    seconds = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    return usage("--seconds needs a whole number, got " + args[i]);
                }
                if (seconds < 1) {
                    return usage("--seconds must be >= 1");
                }
            } else if (instancePath == null) {
                instancePath = Path.of(args[i]);
            } else if (planPath == null) {
                planPath = Path.of(args[i]);
            } else {
                return usage("unexpected argument " + args[i]);
            }
        }
        if (instancePath == null || planPath == null) {
            return usage("INSTANCE.json and PLAN.json are required");
        }
        if (!Files.isReadable(instancePath)) {
            err.println("plan: cannot read " + instancePath);
            return USAGE;
        }
        AllocationPlan problem;
        try {
            problem = new InstanceReader().read(instancePath);
        } catch (InvalidInstanceException e) {
            err.println("plan: malformed instance " + instancePath + ":");
            for (ValidationError error : e.getErrors()) {
                err.println("  " + error.path() + ": " + error.reason());
            }
            return INVALID_INSTANCE;
        } catch (IOException e) {
            err.println("plan: cannot read " + instancePath + ": " + e.getMessage());
            return USAGE;
        }
        out.printf("plan: %s: %d candidates, %d sessions, %d budget lines; solving for %d s%n", problem.getName(),
                problem.getCandidates().size(), problem.getSessions().size(), problem.getBudgetLines().size(), seconds);
        long start = System.nanoTime();
        AllocationPlan best;
        try (ProgressPrinter progress = new ProgressPrinter(out, seconds)) {
            best = PlannerSolver.solve(problem, PlannerSolver.Settings.of(Duration.ofSeconds(seconds)),
                    progress::improved);
        }
        double solveSeconds = (System.nanoTime() - start) / 1e9;
        try {
            PlanWriter.write(best, solveSeconds, planPath);
        } catch (IOException e) {
            err.println("plan: cannot write " + planPath + ": " + e.getMessage());
            return USAGE;
        }
        long placed = best.getCandidates().stream().filter(c -> c.getSession() != null).count();
        out.printf("plan: score %s, objective %s, %d placed, %.1f s -> %s%n", best.getScore(),
                PlanWriter.objective(best).toPlainString(), placed, solveSeconds, planPath);
        if (!best.getScore().isFeasible()) {
            err.println("plan: no feasible plan found (pinned assignments break a rule?)");
            return INFEASIBLE;
        }
        return OK;
    }

    private int usage(String problem) {
        err.println("plan: " + problem);
        err.println("usage: plan INSTANCE.json PLAN.json [--seconds N]");
        return USAGE;
    }
}
