package fr.passerelle.planning.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.SessionOption;

/** Writes a plan in the shared format: instance, assignments, objective, solveSeconds. */
public final class PlanWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    /**
     * The format's objective: sum over placed candidates of priority * score, in exact decimals
     * (independent of the solver's scaled score).
     */
    public static BigDecimal objective(AllocationPlan plan) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Candidate c : plan.getCandidates()) {
            if (c.getSession() != null) {
                SessionOption option = c.optionFor(c.getSession());
                if (option != null) {
                    sum = sum.add(option.exactValue());
                }
            }
        }
        return sum.stripTrailingZeros().scale() < 0 ? sum.setScale(0) : sum.stripTrailingZeros();
    }

    public static Map<String, Object> toDocument(AllocationPlan plan, double solveSeconds) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("instance", plan.getName());
        List<Map<String, String>> assignments = plan.getCandidates().stream()
                .filter(Candidate::isAssigned)
                .map(c -> {
                    Map<String, String> a = new LinkedHashMap<>();
                    a.put("candidate", c.getId());
                    a.put("session", c.getSession().getId());
                    return a;
                })
                .toList();
        doc.put("assignments", assignments);
        doc.put("objective", objective(plan));
        doc.put("solveSeconds", BigDecimal.valueOf(Math.round(solveSeconds * 1000), 3).stripTrailingZeros());
        return doc;
    }

    public static String toJson(AllocationPlan plan, double solveSeconds) {
        try {
            return MAPPER.writeValueAsString(toDocument(plan, solveSeconds));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes to a temporary file then moves it into place, so a failed write leaves no partial plan. */
    public static void write(AllocationPlan plan, double solveSeconds, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".plan", ".json.tmp");
        try {
            Files.writeString(tmp, toJson(plan, solveSeconds));
            try {
                // temp files are created owner-only; a plan is an ordinary file
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: keep the default
            }
            Files.move(tmp, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
