package fr.passerelle.planning.solver;

import java.nio.file.Path;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.io.InstanceReader;

/** Tuning harness (not a test): EngineHarness INSTANCE SECONDS SEED — construction, annealing, flow re-allocation. */
public final class EngineHarness {
    public static void main(String[] args) throws Exception {
        AllocationPlan plan = new InstanceReader().read(Path.of(args[0]));
        double seconds = Double.parseDouble(args[1]);
        long seed = Long.parseLong(args[2]);
        long t0 = System.nanoTime();
        CohortEngine e = new CohortEngine(plan, seed);
        e.construct(t0 + (long) (seconds * 0.18e9));
        System.out.printf("construct %d at %.2fs%n", e.obj, (System.nanoTime() - t0) / 1e9);
        if (Boolean.getBoolean("dual")) {
            e.lagrangianDual(e.obj, 3000, System.nanoTime() + 2_000_000_000L);
            StringBuilder sb = new StringBuilder();
            boolean[] open = new boolean[e.nS];
            for (int s = 0; s < e.nS; s++) {
                open[s] = e.openShare[s] > 0.5;
                sb.append(String.format("%s:%.2f ", plan.getSessions().get(s).getId(), e.openShare[s]));
            }
            System.out.println(sb);
            boolean ok = e.flowReallocate(open, 12, System.nanoTime() + 60_000_000_000L);
            System.out.printf("dual %.0f open flow %s obj %d%n", e.dualBound, ok, e.obj);
        }
        e.anneal(t0 + (long) (seconds * 1e9), 0.045, 0.00045, v -> { });
        System.out.printf("anneal %d at %.2fs%n", e.obj, (System.nanoTime() - t0) / 1e9);
        if (args.length > 3) {
            java.util.Set<String> ids = new java.util.HashSet<>(java.nio.file.Files.readAllLines(Path.of(args[3])));
            boolean[] open = new boolean[e.nS];
            for (int s = 0; s < e.nS; s++) {
                open[s] = ids.contains(plan.getSessions().get(s).getId());
            }
            long t2 = System.nanoTime();
            boolean ok = e.flowReallocate(open, Integer.getInteger("steps", 16), t2 + 60_000_000_000L);
            System.out.printf("forced open: %s obj %d flows %d in %.2fs%n", ok, e.obj, e.lastFlows, (System.nanoTime() - t2) / 1e9);
            double ts = Double.parseDouble(System.getProperty("ts", "0.005"));
            e.anneal(System.nanoTime() + 3_000_000_000L, ts, 0.00045, v -> { });
            System.out.printf("forced open + anneal: obj %d%n", e.obj);
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < e.nC; c++) {
                if (e.asg[c] >= 0) {
                    sb.append(plan.getCandidates().get(c).getId()).append(' ')
                            .append(plan.getSessions().get(e.optSess[e.asg[c]]).getId()).append('\n');
                }
            }
            java.nio.file.Files.writeString(Path.of("/tmp/ours-asg.txt"), sb);
        }
        long t1 = System.nanoTime();
        boolean ok = e.flowReallocate(Integer.getInteger("steps", 16), t1 + 60_000_000_000L);
        System.out.printf("polish %.2fs%n", e.polishNanos / 1e9);
        System.out.printf("flow %s obj %d flowObj %d flows %d in %.2fs lambda %s%n", ok, e.obj, e.flowObj, e.lastFlows,
                (System.nanoTime() - t1) / 1e9, java.util.Arrays.toString(e.lambda));
        double openSeconds = Double.parseDouble(System.getProperty("openset", "0"));
        if (openSeconds > 0) {
            long t3 = System.nanoTime();
            boolean better = e.openSetSearch(Integer.getInteger("osteps", 12), t3 + (long) (openSeconds * 1e9));
            System.out.printf("open-set search %s obj %d evaluations %d improvements %d in %.2fs%n", better, e.obj,
                    e.openSetEvaluations, e.openSetImprovements, (System.nanoTime() - t3) / 1e9);
        }
    }
}
