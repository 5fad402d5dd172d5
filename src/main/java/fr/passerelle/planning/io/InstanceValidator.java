package fr.passerelle.planning.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a planning instance (a parsed JSON tree) against planning-instance.md and returns every
 * error as a JSON path and a reason, e.g. {@code $.sessions[3].capacity: must be >= 1}.
 * Unknown extra fields are ignored (forward compatibility). Reusable for HTTP 400 answers.
 */
public final class InstanceValidator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public List<ValidationError> validate(JsonNode root) {
        List<ValidationError> errors = new ArrayList<>();
        if (root == null || !root.isObject()) {
            errors.add(new ValidationError("$", "must be a JSON object"));
            return errors;
        }
        JsonNode name = root.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            errors.add(new ValidationError("$.name", "required non-empty string"));
        }
        Set<String> lineIds = new HashSet<>();
        for (JsonNode line : array(root, "$", "budgetLines", errors)) {
            String path = "$.budgetLines[" + line.path("#").asInt() + "]";
            JsonNode item = line.get("item");
            if (!item.isObject()) {
                errors.add(new ValidationError(path, "must be an object"));
                continue;
            }
            String id = id(item, path, errors);
            if (id != null && !lineIds.add(id)) {
                errors.add(new ValidationError(path + ".id", "duplicate budget line id " + id));
            }
            BigDecimal amount = number(item, path, "amountEur", errors);
            if (amount != null && amount.signum() < 0) {
                errors.add(new ValidationError(path + ".amountEur", "must be >= 0"));
            }
        }
        Map<String, Integer> sessionIds = new HashMap<>();
        for (JsonNode entry : array(root, "$", "sessions", errors)) {
            int index = entry.path("#").asInt();
            String path = "$.sessions[" + index + "]";
            JsonNode item = entry.get("item");
            if (!item.isObject()) {
                errors.add(new ValidationError(path, "must be an object"));
                continue;
            }
            String id = id(item, path, errors);
            if (id != null && sessionIds.putIfAbsent(id, index) != null) {
                errors.add(new ValidationError(path + ".id", "duplicate session id " + id));
            }
            Long capacity = integer(item, path, "capacity", errors);
            if (capacity != null && capacity < 1) {
                errors.add(new ValidationError(path + ".capacity", "must be >= 1"));
            }
            Long minCohort = integer(item, path, "minCohort", errors);
            if (minCohort != null && minCohort < 0) {
                errors.add(new ValidationError(path + ".minCohort", "must be >= 0"));
            } else if (minCohort != null && capacity != null && capacity >= 1 && minCohort > capacity) {
                errors.add(new ValidationError(path + ".minCohort",
                        "must be <= capacity (" + capacity + "), got " + minCohort));
            }
            BigDecimal cost = number(item, path, "costPerTraineeEur", errors);
            if (cost != null && cost.signum() < 0) {
                errors.add(new ValidationError(path + ".costPerTraineeEur", "must be >= 0"));
            }
            JsonNode lineRef = item.get("budgetLine");
            if (lineRef == null || !lineRef.isTextual()) {
                errors.add(new ValidationError(path + ".budgetLine", "required string"));
            } else if (!lineIds.contains(lineRef.asText())) {
                errors.add(new ValidationError(path + ".budgetLine", "unknown budget line " + lineRef.asText()));
            }
            JsonNode start = item.get("start");
            if (start != null && !start.isNull()) {
                try {
                    LocalDate.parse(start.asText());
                } catch (DateTimeParseException e) {
                    errors.add(new ValidationError(path + ".start", "must be a date yyyy-mm-dd"));
                }
            }
        }
        Set<String> candidateIds = new HashSet<>();
        for (JsonNode entry : array(root, "$", "candidates", errors)) {
            String path = "$.candidates[" + entry.path("#").asInt() + "]";
            JsonNode item = entry.get("item");
            if (!item.isObject()) {
                errors.add(new ValidationError(path, "must be an object"));
                continue;
            }
            String id = id(item, path, errors);
            if (id != null && !candidateIds.add(id)) {
                errors.add(new ValidationError(path + ".id", "duplicate candidate id " + id));
            }
            JsonNode status = item.get("status");
            if (status != null && !status.isNull()
                    && !("WORKER".equals(status.asText()) || "JOBSEEKER".equals(status.asText()))) {
                errors.add(new ValidationError(path + ".status", "must be WORKER or JOBSEEKER"));
            }
            BigDecimal priority = number(item, path, "priority", errors);
            if (priority != null && priority.signum() < 0) {
                errors.add(new ValidationError(path + ".priority", "must be >= 0"));
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode optionEntry : array(item, path, "options", errors)) {
                String optionPath = path + ".options[" + optionEntry.path("#").asInt() + "]";
                JsonNode option = optionEntry.get("item");
                if (!option.isObject()) {
                    errors.add(new ValidationError(optionPath, "must be an object"));
                    continue;
                }
                JsonNode session = option.get("session");
                if (session == null || !session.isTextual()) {
                    errors.add(new ValidationError(optionPath + ".session", "required string"));
                } else if (!sessionIds.containsKey(session.asText())) {
                    errors.add(new ValidationError(optionPath + ".session", "unknown session " + session.asText()));
                } else if (!seen.add(session.asText())) {
                    errors.add(new ValidationError(optionPath + ".session", "duplicate option " + session.asText()));
                }
                BigDecimal score = number(option, optionPath, "score", errors);
                if (score != null && (score.signum() < 0 || score.compareTo(HUNDRED) > 0)) {
                    errors.add(new ValidationError(optionPath + ".score", "must be in [0, 100]"));
                }
            }
        }
        return errors;
    }

    /** The elements of an array field, each wrapped as {"#": index, "item": element}; records an error if not an array. */
    private static List<JsonNode> array(JsonNode parent, String parentPath, String field, List<ValidationError> errors) {
        JsonNode node = parent.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (node == null || !node.isArray()) {
            errors.add(new ValidationError(parentPath + "." + field, "required array"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            com.fasterxml.jackson.databind.node.ObjectNode wrapper =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            wrapper.put("#", i);
            wrapper.set("item", node.get(i));
            out.add(wrapper);
        }
        return out;
    }

    private static String id(JsonNode item, String path, List<ValidationError> errors) {
        JsonNode id = item.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            errors.add(new ValidationError(path + ".id", "required non-empty string"));
            return null;
        }
        return id.asText();
    }

    private static BigDecimal number(JsonNode item, String path, String field, List<ValidationError> errors) {
        JsonNode node = item.get(field);
        if (node == null || !node.isNumber()) {
            errors.add(new ValidationError(path + "." + field, "required number"));
            return null;
        }
        return node.decimalValue();
    }

    private static Long integer(JsonNode item, String path, String field, List<ValidationError> errors) {
        JsonNode node = item.get(field);
        if (node == null || !node.isNumber()) {
            errors.add(new ValidationError(path + "." + field, "required integer"));
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (value.stripTrailingZeros().scale() > 0) {
            errors.add(new ValidationError(path + "." + field, "must be an integer"));
            return null;
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            errors.add(new ValidationError(path + "." + field, "out of range"));
            return null;
        }
    }
}
