package fr.passerelle.planning.solver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.io.InstanceReader;

/** Tuning harness (not a test): ExchangeHarness INSTANCE OPEN_SESSIONS.txt OUT — forced open set, flow, one-line then two-line exchange walks
 * (-Dskip1=true: two-line only; -Dsteps2, -Dlabels; -Dbb=true: the exact seat allocation first, -Dopenset=true: then the exact open-set search). */
public final class ExchangeHarness {
    public static void main(String[] args) throws Exception {
        AllocationPlan plan = new InstanceReader().read(Path.of(args[0]));
        Set<String> ids = new HashSet<>(Files.readAllLines(Path.of(args[1])));
        CohortEngine e = new CohortEngine(plan, 1);
        long t0 = System.nanoTime();
        e.construct(t0 + 1_000_000_000L);
        boolean[] open = new boolean[e.nS];
        for (int s = 0; s < e.nS; s++) {
            open[s] = ids.contains(plan.getSessions().get(s).getId());
        }
        long t1 = System.nanoTime();
        e.flowReallocate(open, Integer.getInteger("steps", 16), t1 + 60_000_000_000L);
        System.out.printf("flow obj %d in %.2fs%n", e.obj, (System.nanoTime() - t1) / 1e9);
        if (Boolean.getBoolean("bb")) {
            long tb = System.nanoTime();
            SeatBranchAndBound.Stats stats = new SeatBranchAndBound.Stats();
            boolean better = SeatBranchAndBound.improve(e, tb + 30_000_000_000L, stats,
                    Long.getLong("cutoff", e.obj));
            System.out.printf("branch and bound %s obj %d (%s) in %.3fs%n", better, e.obj, stats,
                    (System.nanoTime() - tb) / 1e9);
            if (Boolean.getBoolean("openset")) {
                long to = System.nanoTime();
                SeatBranchAndBound.Stats os = new SeatBranchAndBound.Stats();
                boolean moved = SeatBranchAndBound.openSetSearch(e, to + 30_000_000_000L, os);
                System.out.printf("exact open-set search %s obj %d (%s) in %.3fs%n", moved, e.obj, os,
                        (System.nanoTime() - to) / 1e9);
            }
        }
        long t2 = System.nanoTime();
        if (!Boolean.getBoolean("skip1")) {
            e.exchangeSearch(12, t2 + 30_000_000_000L);
        }
        System.out.printf("exchange obj %d (%d improving) in %.2fs%n", e.obj, e.exchangeImprovements,
                (System.nanoTime() - t2) / 1e9);
        long t3 = System.nanoTime();
        e.exchangeSearch2(Integer.getInteger("steps2", 8), Integer.getInteger("labels", 8), t3 + 30_000_000_000L);
        System.out.printf("exchange2 obj %d (%d improving) in %.2fs%n", e.obj, e.exchange2Improvements,
                (System.nanoTime() - t3) / 1e9);
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < e.nC; c++) {
            if (e.asg[c] >= 0) {
                sb.append(plan.getCandidates().get(c).getId()).append(' ')
                        .append(plan.getSessions().get(e.optSess[e.asg[c]]).getId()).append('\n');
            }
        }
        Files.writeString(Path.of(args[2]), sb);
    }
}
