package fr.passerelle.planning.io;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.domain.BudgetLine;
import fr.passerelle.planning.domain.Candidate;
import fr.passerelle.planning.domain.ObjectiveScale;
import fr.passerelle.planning.domain.PlannerWeights;
import fr.passerelle.planning.domain.Session;
import fr.passerelle.planning.domain.SessionOption;

/**
 * Reads a planning instance (planning-instance.md) into an unsolved {@link AllocationPlan}.
 * Numbers are read as exact decimals; unknown fields are ignored; a malformed instance raises
 * {@link InvalidInstanceException} with every JSON path and reason.
 */
public final class InstanceReader {

    /** Exact decimals: priority * score must not pick up binary floating point noise. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final InstanceValidator validator = new InstanceValidator();
    private final PlannerWeights weights;

    public InstanceReader() {
        this(PlannerWeights.NONE);
    }

    public InstanceReader(PlannerWeights weights) {
        this.weights = weights;
    }

    public AllocationPlan read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    public AllocationPlan read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidInstanceException(List.of(new ValidationError("$",
                    "not valid JSON: " + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr())));
        }
        return read(root);
    }

    public AllocationPlan read(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidInstanceException(List.of(new ValidationError("$", "not valid JSON: " + e.getOriginalMessage())));
        }
    }

    public AllocationPlan read(JsonNode root) {
        List<ValidationError> errors = validator.validate(root);
        if (!errors.isEmpty()) {
            throw new InvalidInstanceException(errors);
        }
        List<BudgetLine> lines = new ArrayList<>();
        Map<String, BudgetLine> lineById = new HashMap<>();
        for (JsonNode node : root.get("budgetLines")) {
            BudgetLine line = new BudgetLine(node.get("id").asText(), lines.size(), node.path("label").asText(null),
                    ObjectiveScale.amountCents(node.get("amountEur").decimalValue()));
            lines.add(line);
            lineById.put(line.getId(), line);
        }
        LocalDate earliest = null;
        for (JsonNode node : root.get("sessions")) {
            LocalDate start = start(node);
            if (start != null && (earliest == null || start.isBefore(earliest))) {
                earliest = start;
            }
        }
        long emptySeat = weights.emptySeatScaled();
        List<Session> sessions = new ArrayList<>();
        Map<String, Session> sessionById = new HashMap<>();
        for (JsonNode node : root.get("sessions")) {
            LocalDate start = start(node);
            long lateStart = 0;
            if (weights.lateStartPerMonth() != 0 && start != null) {
                long months = ChronoUnit.MONTHS.between(earliest, start);
                lateStart = Math.round(weights.lateStartPerMonth() * months * ObjectiveScale.FACTOR);
            }
            Session session = new Session(node.get("id").asText(), sessions.size(), node.path("label").asText(null),
                    node.get("capacity").asInt(), node.get("minCohort").asInt(),
                    ObjectiveScale.costCents(node.get("costPerTraineeEur").decimalValue()),
                    lineById.get(node.get("budgetLine").asText()), start, lateStart, emptySeat);
            sessions.add(session);
            sessionById.put(session.getId(), session);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode node : root.get("candidates")) {
            BigDecimal priority = node.get("priority").decimalValue();
            List<SessionOption> options = new ArrayList<>();
            for (JsonNode option : node.get("options")) {
                BigDecimal score = option.get("score").decimalValue();
                BigDecimal value = priority.multiply(score);
                options.add(new SessionOption(sessionById.get(option.get("session").asText()), score, value,
                        ObjectiveScale.scale(value)));
            }
            candidates.add(new Candidate(node.get("id").asText(), candidates.size(), node.path("status").asText(null),
                    priority, options));
        }
        return new AllocationPlan(root.get("name").asText(), lines, sessions, candidates);
    }

    private static LocalDate start(JsonNode session) {
        JsonNode start = session.get("start");
        return start == null || start.isNull() ? null : LocalDate.parse(start.asText());
    }
}
