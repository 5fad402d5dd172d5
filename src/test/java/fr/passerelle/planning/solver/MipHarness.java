package fr.passerelle.planning.solver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.io.InstanceReader;

/**
 * Tuning harness (not a test): MipHarness INSTANCE [SECONDS] — the branch and cut over open sessions
 * ({@link SeatBranchAndBound#solveExactly}) from the construction (-Danneal=MS: annealed that long first; -Dplan=PLAN.json:
 * from that plan instead, e.g. a MIP solver's optimum to time the proof).
 */
public final class MipHarness {
    public static void main(String[] args) throws Exception {
        AllocationPlan plan = new InstanceReader().read(Path.of(args[0]));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 30;
        CohortEngine e = new CohortEngine(plan, Long.getLong("seed", 1));
        long t0 = System.nanoTime();
        e.construct(t0 + 1_000_000_000L);
        long annealMs = Long.getLong("anneal", 0);
        if (annealMs > 0) {
            e.anneal(System.nanoTime() + annealMs * 1_000_000L, 0.045, 0.00045, x -> { });
        }
        String from = System.getProperty("plan");
        if (from != null) {
            Map<String, Integer> candidate = new HashMap<>();
            Map<String, Integer> session = new HashMap<>();
            for (int c = 0; c < e.nC; c++) {
                candidate.put(plan.getCandidates().get(c).getId(), c);
            }
            for (int s = 0; s < e.nS; s++) {
                session.put(plan.getSessions().get(s).getId(), s);
            }
            int[] asg = new int[e.nC];
            java.util.Arrays.fill(asg, -1);
            Matcher m = Pattern.compile("\"candidate\":\\s*\"([^\"]+)\",\\s*\"session\":\\s*\"([^\"]+)\"")
                    .matcher(Files.readString(Path.of(from)));
            while (m.find()) {
                int c = candidate.get(m.group(1));
                int s = session.get(m.group(2));
                for (int o = e.optStart[c]; o < e.optStart[c + 1]; o++) {
                    if (e.optSess[o] == s) {
                        asg[c] = o;
                    }
                }
            }
            e.restore(asg);
        }
        System.out.printf("start obj %d feasible %s in %.2fs%n", e.obj, e.isFeasible(), (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        SeatBranchAndBound.Stats stats = new SeatBranchAndBound.Stats();
        boolean better = SeatBranchAndBound.solveExactly(e, t1 + (long) (seconds * 1e9), stats);
        System.out.printf("branch and cut %s obj %d (%s) in %.3fs, best found at %.3fs%n", better, e.obj, stats,
                (System.nanoTime() - t1) / 1e9, stats.bestFoundNanos == 0 ? 0 : (stats.bestFoundNanos - t1) / 1e9);
    }
}
