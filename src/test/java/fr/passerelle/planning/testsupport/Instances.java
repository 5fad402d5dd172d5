package fr.passerelle.planning.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.io.InstanceReader;

/** Small instances built in the shared JSON format (so tests go through the reader), and the samples. */
public final class Instances {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final List<Map<String, Object>> lines = new ArrayList<>();
    private final List<Map<String, Object>> sessions = new ArrayList<>();
    private final List<Map<String, Object>> candidates = new ArrayList<>();

    private Instances(String name) {
        this.name = name;
    }

    public static Instances named(String name) {
        return new Instances(name);
    }

    public Instances line(String id, double amountEur) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("id", id);
        l.put("label", id);
        l.put("amountEur", amountEur);
        lines.add(l);
        return this;
    }

    public Instances session(String id, int capacity, int minCohort, double cost, String line) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("label", id);
        s.put("start", "2027-03-01");
        s.put("capacity", capacity);
        s.put("minCohort", minCohort);
        s.put("costPerTraineeEur", cost);
        s.put("budgetLine", line);
        sessions.add(s);
        return this;
    }

    /** options: session id, score, session id, score... */
    public Instances candidate(String id, double priority, Object... options) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("status", "JOBSEEKER");
        c.put("priority", priority);
        List<Map<String, Object>> opts = new ArrayList<>();
        for (int i = 0; i < options.length; i += 2) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("session", options[i]);
            o.put("score", options[i + 1]);
            opts.add(o);
        }
        c.put("options", opts);
        candidates.add(c);
        return this;
    }

    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", name);
        root.put("currency", "EUR");
        root.put("budgetLines", lines);
        root.put("sessions", sessions);
        root.put("candidates", candidates);
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AllocationPlan plan() {
        return new InstanceReader().read(json());
    }

    /** The sample instances copied into planner/instances (the repo runs without /work/shared). */
    public static Path sample(String name) {
        Path p = Path.of("planner/instances/" + name + ".json");
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing " + p.toAbsolutePath());
        }
        return p;
    }

    public static String sampleJson(String name) {
        try {
            return Files.readString(sample(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
