package fr.passerelle.planning.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.greedy.GreedyPlanner;
import fr.passerelle.planning.io.InstanceReader;
import fr.passerelle.planning.io.PlanWriter;
import fr.passerelle.planning.solver.PlannerSolver;

/**
 * One benchmark row: {@code BenchmarkCommand INSTANCE.json SECONDS REFERENCE [PLAN_OUT.json]} runs the
 * greedy baseline and the planner on one instance and prints a tab-separated line: name, objective,
 * greedy, ratio to greedy, ratio to the reference (optimum or LP bound), solve seconds, peak heap MB,
 * peak RSS MB. Run one JVM per instance (the planner/benchmark script does) so peaks are per instance.
 */
public final class BenchmarkCommand {

    private BenchmarkCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path instance = Path.of(args[0]);
        long seconds = Long.parseLong(args[1]);
        double reference = Double.parseDouble(args[2]);
        AllocationPlan greedy = new GreedyPlanner().solve(new InstanceReader().read(instance));
        BigDecimal greedyObjective = PlanWriter.objective(greedy);
        AllocationPlan problem = new InstanceReader().read(instance);
        long start = System.nanoTime();
        AllocationPlan best = PlannerSolver.solve(problem, PlannerSolver.Settings.of(Duration.ofSeconds(seconds)),
                v -> { });
        double solveSeconds = (System.nanoTime() - start) / 1e9;
        if (args.length > 3) {
            PlanWriter.write(best, solveSeconds, Path.of(args[3]));
        }
        BigDecimal objective = PlanWriter.objective(best);
        System.out.printf("%s\t%s\t%s\t%.4f\t%.4f\t%.1f\t%d\t%d\t%s%n", problem.getName(), objective.toPlainString(),
                greedyObjective.toPlainString(), objective.doubleValue() / greedyObjective.doubleValue(),
                objective.doubleValue() / reference, solveSeconds, peakHeapMb(), peakRssMb(),
                best.getScore().isFeasible() ? "feasible" : "INFEASIBLE " + best.getScore());
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }

    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not on Linux: report -1
        }
        return -1;
    }
}
