package fr.passerelle.plan;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The live best-score timeline of running solves, for server-sent events. */
@ApplicationScoped
public class PlanProgress {

    public record Point(long millis, BigDecimal objective, String status) {
    }

    private record Live(List<Point> points, BroadcastProcessor<Point> broadcast) {
    }

    private final Map<Long, Live> live = new ConcurrentHashMap<>();

    void open(long scenarioId) {
        live.put(scenarioId, new Live(new ArrayList<>(), BroadcastProcessor.create()));
    }

    void record(long scenarioId, Point point) {
        Live l = live.get(scenarioId);
        if (l != null) {
            synchronized (l) {
                l.points().add(point);
            }
            l.broadcast().onNext(point);
        }
    }

    List<Point> points(long scenarioId) {
        Live l = live.get(scenarioId);
        if (l == null) {
            return List.of();
        }
        synchronized (l) {
            return List.copyOf(l.points());
        }
    }

    void close(long scenarioId, Point last) {
        Live l = live.remove(scenarioId);
        if (l != null) {
            l.broadcast().onNext(last);
            l.broadcast().onComplete();
        }
    }

    /**
     * Past points, then new ones until the solve ends; for a solve that is not running, what {@code ended} reads
     * (asked only then: a job records its timeline before it leaves the live ones).
     */
    public Multi<Point> stream(long scenarioId, java.util.function.Supplier<List<Point>> ended) {
        Live l = live.get(scenarioId);
        if (l == null) {
            return Multi.createFrom().iterable(ended.get());
        }
        List<Point> past;
        synchronized (l) {
            past = List.copyOf(l.points());
        }
        // a slow reader must not fail the broadcast: its points wait in a buffer
        return Multi.createBy().concatenating().streams(Multi.createFrom().iterable(past),
                l.broadcast().onOverflow().buffer(10_000));
    }
}
