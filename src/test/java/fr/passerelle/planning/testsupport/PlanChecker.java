package fr.passerelle.planning.testsupport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An independent checker of a plan against planning-instance.md, written from the format's text
 * (not from the constraints): it reads the instance and the plan as raw JSON and checks the five
 * hard rules, then recomputes the objective.
 */
public final class PlanChecker {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public record Report(List<String> violations, BigDecimal recomputedObjective, BigDecimal declaredObjective) {

        public boolean feasible() {
            return violations.isEmpty();
        }

        public boolean objectiveMatches() {
            return declaredObjective != null && recomputedObjective.compareTo(declaredObjective) == 0;
        }
    }

    public static Report check(String instanceJson, String planJson) {
        try {
            return check(JSON.readTree(instanceJson), JSON.readTree(planJson));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Report check(JsonNode instance, JsonNode plan) {
        List<String> violations = new ArrayList<>();
        Map<String, BigDecimal> amount = new HashMap<>();
        for (JsonNode l : instance.get("budgetLines")) {
            amount.put(l.get("id").asText(), l.get("amountEur").decimalValue());
        }
        Map<String, JsonNode> sessions = new HashMap<>();
        for (JsonNode s : instance.get("sessions")) {
            sessions.put(s.get("id").asText(), s);
        }
        Map<String, JsonNode> candidates = new HashMap<>();
        for (JsonNode c : instance.get("candidates")) {
            candidates.put(c.get("id").asText(), c);
        }
        if (!instance.get("name").asText().equals(plan.path("instance").asText())) {
            violations.add("plan names instance " + plan.path("instance") + ", not " + instance.get("name"));
        }
        Set<String> seen = new HashSet<>();
        Map<String, Integer> trainees = new HashMap<>();
        Map<String, BigDecimal> spent = new HashMap<>();
        BigDecimal objective = BigDecimal.ZERO;
        for (JsonNode a : plan.get("assignments")) {
            String cid = a.get("candidate").asText();
            String sid = a.get("session").asText();
            JsonNode c = candidates.get(cid);
            JsonNode s = sessions.get(sid);
            // rule 5: every id exists
            if (c == null || s == null) {
                violations.add("unknown id in assignment " + cid + " -> " + sid);
                continue;
            }
            // rule 1: at most one session, and one of the options
            if (!seen.add(cid)) {
                violations.add(cid + " assigned twice");
            }
            BigDecimal score = null;
            for (JsonNode o : c.get("options")) {
                if (o.get("session").asText().equals(sid)) {
                    score = o.get("score").decimalValue();
                }
            }
            if (score == null) {
                violations.add(cid + " assigned to " + sid + " which is not among its options");
                continue;
            }
            trainees.merge(sid, 1, Integer::sum);
            spent.merge(s.get("budgetLine").asText(), s.get("costPerTraineeEur").decimalValue(), BigDecimal::add);
            objective = objective.add(c.get("priority").decimalValue().multiply(score));
        }
        for (Map.Entry<String, Integer> e : trainees.entrySet()) {
            JsonNode s = sessions.get(e.getKey());
            int n = e.getValue();
            // rule 2: capacity
            if (n > s.get("capacity").asInt()) {
                violations.add(e.getKey() + " has " + n + " trainees, capacity " + s.get("capacity").asInt());
            }
            // rule 3: 0 or at least minCohort
            if (n > 0 && n < s.get("minCohort").asInt()) {
                violations.add(e.getKey() + " has " + n + " trainees, minimum " + s.get("minCohort").asInt());
            }
        }
        // rule 4: budget lines
        for (Map.Entry<String, BigDecimal> e : spent.entrySet()) {
            if (e.getValue().compareTo(amount.get(e.getKey())) > 0) {
                violations.add("line " + e.getKey() + " spends " + e.getValue() + " > " + amount.get(e.getKey()));
            }
        }
        JsonNode declared = plan.get("objective");
        return new Report(violations, objective, declared == null || !declared.isNumber() ? null : declared.decimalValue());
    }
}
