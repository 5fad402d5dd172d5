package fr.passerelle.planning.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.testsupport.Instances;

class InstanceValidatorTest {

    private static ObjectNode valid() throws Exception {
        String json = Instances.named("t").line("L1", 10_000).line("L2", 5_000)
                .session("S1", 10, 2, 1000, "L1").session("S2", 8, 0, 500, "L2")
                .candidate("C1", 1.5, "S1", 72.5, "S2", 40).candidate("C2", 1, "S2", 10).json();
        return (ObjectNode) InstanceReader.MAPPER.readTree(json);
    }

    private static ObjectNode session(ObjectNode root, int i) {
        return (ObjectNode) root.get("sessions").get(i);
    }

    private static ObjectNode option(ObjectNode root, int c, int o) {
        return (ObjectNode) root.get("candidates").get(c).get("options").get(o);
    }

    static Stream<Arguments> badInstances() {
        return Stream.of(
                bad("capacity 0", r -> session(r, 1).put("capacity", 0), "$.sessions[1].capacity", "must be >= 1"),
                bad("capacity not an integer", r -> session(r, 0).put("capacity", 2.5), "$.sessions[0].capacity", "must be an integer"),
                bad("capacity missing", r -> session(r, 0).remove("capacity"), "$.sessions[0].capacity", "required integer"),
                bad("minCohort above capacity", r -> session(r, 0).put("minCohort", 11), "$.sessions[0].minCohort",
                        "must be <= capacity (10), got 11"),
                bad("negative minCohort", r -> session(r, 0).put("minCohort", -1), "$.sessions[0].minCohort", "must be >= 0"),
                bad("negative cost", r -> session(r, 1).put("costPerTraineeEur", -5), "$.sessions[1].costPerTraineeEur", "must be >= 0"),
                bad("unknown budget line", r -> session(r, 1).put("budgetLine", "L9"), "$.sessions[1].budgetLine",
                        "unknown budget line L9"),
                bad("bad start date", r -> session(r, 0).put("start", "March"), "$.sessions[0].start", "must be a date yyyy-mm-dd"),
                bad("duplicate session id", r -> session(r, 1).put("id", "S1"), "$.sessions[1].id", "duplicate session id S1"),
                bad("negative budget", r -> ((ObjectNode) r.get("budgetLines").get(0)).put("amountEur", -1),
                        "$.budgetLines[0].amountEur", "must be >= 0"),
                bad("duplicate budget line", r -> ((ObjectNode) r.get("budgetLines").get(1)).put("id", "L1"),
                        "$.budgetLines[1].id", "duplicate budget line id L1"),
                bad("option to a missing session", r -> option(r, 0, 1).put("session", "S9999"),
                        "$.candidates[0].options[1].session", "unknown session S9999"),
                bad("same session twice in options", r -> option(r, 0, 1).put("session", "S1"),
                        "$.candidates[0].options[1].session", "duplicate option S1"),
                bad("score above 100", r -> option(r, 1, 0).put("score", 100.5), "$.candidates[1].options[0].score", "must be in [0, 100]"),
                bad("negative score", r -> option(r, 1, 0).put("score", -1), "$.candidates[1].options[0].score", "must be in [0, 100]"),
                bad("negative priority", r -> ((ObjectNode) r.get("candidates").get(1)).put("priority", -0.5),
                        "$.candidates[1].priority", "must be >= 0"),
                bad("priority as text", r -> ((ObjectNode) r.get("candidates").get(1)).put("priority", "high"),
                        "$.candidates[1].priority", "required number"),
                bad("duplicate candidate", r -> ((ObjectNode) r.get("candidates").get(1)).put("id", "C1"),
                        "$.candidates[1].id", "duplicate candidate id C1"),
                bad("unknown status", r -> ((ObjectNode) r.get("candidates").get(0)).put("status", "RETIRED"),
                        "$.candidates[0].status", "must be WORKER or JOBSEEKER"),
                bad("options missing", r -> ((ObjectNode) r.get("candidates").get(0)).remove("options"),
                        "$.candidates[0].options", "required array"),
                bad("sessions not an array", r -> r.put("sessions", "none"), "$.sessions", "required array"),
                bad("name missing", r -> r.remove("name"), "$.name", "required non-empty string"));
    }

    private static Arguments bad(String what, Consumer<ObjectNode> breakIt, String path, String reason) {
        return Arguments.of(what, breakIt, path, reason);
    }

    @ParameterizedTest(name = "{0} is refused at {2}")
    @MethodSource("badInstances")
    void refuses_a_malformed_instance_with_its_json_path_and_reason(String what, Consumer<ObjectNode> breakIt,
            String path, String reason) throws Exception {
        ObjectNode root = valid();
        breakIt.accept(root);
        // the first error is the one caused; some breaks also orphan references (e.g. a renamed id)
        assertThat(new InstanceValidator().validate(root)).first().isEqualTo(new ValidationError(path, reason));
    }

    @Test
    void accepts_the_valid_instance() throws Exception {
        assertThat(new InstanceValidator().validate(valid())).isEmpty();
    }

    @Test
    void ignores_unknown_extra_fields() throws Exception {
        ObjectNode root = valid();
        root.put("generatedBy", "matching v2");
        session(root, 0).put("trainer", "AFPA");
        option(root, 0, 0).putObject("explanation").put("skills", 3);
        ((ArrayNode) root.get("budgetLines")).forEach(l -> ((ObjectNode) l).put("year", 2027));
        assertThat(new InstanceValidator().validate(root)).isEmpty();
        AllocationPlan plan = new InstanceReader().read((JsonNode) root);
        assertThat(plan.getCandidates()).hasSize(2);
    }

    @Test
    void reports_every_error_at_once() throws Exception {
        ObjectNode root = valid();
        session(root, 1).put("capacity", 0);
        option(root, 1, 0).put("session", "S9999");
        assertThat(new InstanceValidator().validate(root)).extracting(ValidationError::toString).containsExactly(
                "$.sessions[1].capacity: must be >= 1",
                "$.candidates[1].options[0].session: unknown session S9999");
    }

    @Test
    void the_reader_refuses_a_malformed_instance_and_not_json() {
        assertThatThrownBy(() -> new InstanceReader().read("{\"name\": \"x\""))
                .isInstanceOf(InvalidInstanceException.class).hasMessageStartingWith("$: not valid JSON");
    }

    @Test
    void reads_priority_times_score_exactly() {
        AllocationPlan plan = Instances.named("exact").line("L", 100).session("S1", 5, 0, 10, "L")
                .candidate("C1", 1.3, "S1", 31.9).plan();
        // 1.3 * 31.9 = 41.47 exactly, scaled x1000
        assertThat(plan.getCandidates().get(0).getOptions().get(0).value()).isEqualTo(41_470);
        assertThat(plan.getCandidates().get(0).getOptions().get(0).exactValue()).isEqualByComparingTo("41.47");
    }
}
