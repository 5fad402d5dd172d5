package fr.passerelle.planning.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import fr.passerelle.planning.domain.ObjectiveScale;

/** Prints the best objective when it improves (at most twice a second) and a progress line every 5 s. */
final class ProgressPrinter implements AutoCloseable {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private long best = Long.MIN_VALUE;
    private long lastPrinted = Long.MIN_VALUE;
    private long lastPrintNanos;

    ProgressPrinter(PrintStream out, long limitSeconds) {
        this.out = out;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plan-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> tick(limitSeconds), 5, 5, TimeUnit.SECONDS);
    }

    synchronized void improved(long scaledObjective) {
        if (scaledObjective <= best) {
            return;
        }
        best = scaledObjective;
        long now = System.nanoTime();
        if (now - lastPrintNanos > 500_000_000L) {
            print("best");
        }
    }

    private synchronized void tick(long limitSeconds) {
        print(best == lastPrinted ? "progress" : "best");
        out.flush();
    }

    private void print(String what) {
        lastPrintNanos = System.nanoTime();
        lastPrinted = best;
        double seconds = (lastPrintNanos - startNanos) / 1e9;
        out.printf("[%6.1fs] %-8s objective %s%n", seconds, what,
                best == Long.MIN_VALUE ? "-" : ObjectiveScale.unscale(best).toPlainString());
    }

    synchronized long best() {
        return best;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }
}
