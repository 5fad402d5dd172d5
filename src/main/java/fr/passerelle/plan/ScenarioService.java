package fr.passerelle.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.passerelle.common.BadInputException;
import fr.passerelle.common.ConflictException;
import fr.passerelle.common.FieldError;
import fr.passerelle.planning.io.InstanceReader;
import fr.passerelle.planning.io.InstanceValidator;
import fr.passerelle.planning.io.ValidationError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/** Creates scenarios: from a cohort, as a re-plan keeping pins, as a what-if variant, or from an imported instance. */
@ApplicationScoped
public class ScenarioService {

    private static final ObjectMapper JSON = InstanceReader.MAPPER;

    private final InstanceBuilder builder;
    private final PlanJobService jobs;

    public ScenarioService(InstanceBuilder builder, PlanJobService jobs) {
        this.builder = builder;
        this.jobs = jobs;
    }

    public record BudgetChange(String line, BigDecimal percent) {
    }

    public record ExtraSession(String copyOf, String id, String start) {
    }

    @Transactional
    public PlanScenario fromCohort(String name, long cohortId, LocalDate from) {
        Cohort cohort = Cohort.findById(cohortId);
        if (cohort == null) {
            throw BadInputException.of("cohortId", "no cohort " + cohortId);
        }
        InstanceDocument instance = builder.build(name, cohort.profileIds, from);
        return create(name, cohortId, null, write(instance));
    }

    @Transactional
    public PlanScenario replan(long parentId, String name) {
        PlanScenario parent = finished(parentId);
        PlanScenario child = create(name == null ? parent.name + " (re-plan)" : name, parent.cohortId, parentId,
                parent.instanceJson);
        for (PlanAssignment pin : PlanAssignment.<PlanAssignment>list("id.scenarioId = ?1 and pinned = true", parentId)) {
            PlanAssignment.of(child.id, pin.id.candidateId(), pin.sessionId, pin.matchScore, true).persist();
        }
        return child;
    }

    /** A variant of a scenario: some budget lines changed by a percentage, some sessions duplicated. */
    @Transactional
    public PlanScenario whatIf(long parentId, String name, List<BudgetChange> budgetChanges, List<ExtraSession> extraSessions) {
        PlanScenario parent = PlanScenario.findById(parentId);
        if (parent == null) {
            throw new NotFoundException("no plan " + parentId);
        }
        ObjectNode root = (ObjectNode) readTree(parent.instanceJson);
        for (int i = 0; i < budgetChanges.size(); i++) {
            BudgetChange change = budgetChanges.get(i);
            ObjectNode line = findById((ArrayNode) root.get("budgetLines"), change.line());
            if (line == null) {
                throw BadInputException.of("budgetChanges[" + i + "].line", "no budget line " + change.line() + " in the plan");
            }
            BigDecimal amount = line.get("amountEur").decimalValue();
            BigDecimal changed = amount.multiply(BigDecimal.ONE.add(change.percent().movePointLeft(2)))
                    .setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ZERO);
            line.put("amountEur", changed);
        }
        ArrayNode sessions = (ArrayNode) root.get("sessions");
        for (int i = 0; i < extraSessions.size(); i++) {
            ExtraSession extra = extraSessions.get(i);
            ObjectNode original = findById(sessions, extra.copyOf());
            if (original == null) {
                throw BadInputException.of("extraSessions[" + i + "].copyOf", "no session " + extra.copyOf() + " in the plan");
            }
            String id = extra.id() != null ? extra.id() : extra.copyOf() + "-bis";
            if (findById(sessions, id) != null) {
                throw BadInputException.of("extraSessions[" + i + "].id", "session " + id + " already exists");
            }
            ObjectNode copy = original.deepCopy();
            copy.put("id", id);
            if (extra.start() != null) {
                copy.put("start", extra.start());
            }
            sessions.add(copy);
            // whoever could attend the original may attend the copy, with the same score
            for (JsonNode candidate : root.get("candidates")) {
                ArrayNode options = (ArrayNode) candidate.get("options");
                for (JsonNode option : options) {
                    if (extra.copyOf().equals(option.get("session").asText())) {
                        options.addObject().put("session", id).put("score", option.get("score").decimalValue());
                        break;
                    }
                }
            }
        }
        return create(name == null ? parent.name + " (variante)" : name, parent.cohortId, parentId, write(root));
    }

    /** An instance in the shared format, validated: a bad one is refused with each JSON path and reason. */
    @Transactional
    public PlanScenario imported(String name, String instanceJson) {
        JsonNode root = readTree(instanceJson);
        List<ValidationError> errors = new InstanceValidator().validate(root);
        if (!errors.isEmpty()) {
            throw new BadInputException(errors.stream().map(e -> FieldError.of(e.path(), e.reason())).toList());
        }
        return create(name != null ? name : root.path("name").asText("import"), null, null, write(root));
    }

    public void submit(PlanScenario scenario) {
        jobs.submit(scenario.id);
    }

    PlanScenario finished(long id) {
        PlanScenario s = PlanScenario.findById(id);
        if (s == null) {
            throw new NotFoundException("no plan " + id);
        }
        if (s.status != ScenarioStatus.DONE) {
            throw new ConflictException("plan " + id + " is " + s.status + ": wait for its end");
        }
        return s;
    }

    private PlanScenario create(String name, Long cohortId, Long parentId, String instanceJson) {
        PlanScenario s = new PlanScenario();
        s.name = name;
        s.cohortId = cohortId;
        s.parentId = parentId;
        s.status = ScenarioStatus.WAITING;
        s.instanceJson = instanceJson;
        s.instanceHash = sha256(instanceJson);
        s.secondsLimit = jobs.secondsLimit();
        s.createdAt = Instant.now();
        s.persist();
        return s;
    }

    private static ObjectNode findById(ArrayNode array, String id) {
        for (JsonNode node : array) {
            if (id != null && id.equals(node.path("id").asText(null))) {
                return (ObjectNode) node;
            }
        }
        return null;
    }

    static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw BadInputException.of("$", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
