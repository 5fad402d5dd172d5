package fr.passerelle.planning.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.passerelle.planning.testsupport.Instances;
import fr.passerelle.planning.testsupport.PlanChecker;

class PlanCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PlanCommand command = new PlanCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void a_malformed_instance_exits_non_zero_with_the_path_and_writes_nothing() throws Exception {
        Path instance = dir.resolve("bad.json");
        Files.writeString(instance, Instances.named("bad").line("L", 1000).session("S1", 0, 0, 10, "L")
                .candidate("C1", 1, "S9999", 50).json());
        Path plan = dir.resolve("plan.json");
        int code = command.run(instance.toString(), plan.toString(), "--seconds", "1");
        assertThat(code).isEqualTo(PlanCommand.INVALID_INSTANCE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("$.sessions[0].capacity: must be >= 1")
                .contains("$.candidates[0].options[0].session: unknown session S9999");
        assertThat(plan).doesNotExist();
        assertThat(Files.list(dir)).containsExactly(instance);
    }

    @Test
    void solves_an_instance_and_writes_a_plan_in_the_shared_format() throws Exception {
        String json = Instances.named("small").line("L", 1000).session("S1", 3, 2, 100, "L").session("S2", 2, 0, 400, "L")
                .candidate("C1", 1.5, "S1", 80, "S2", 90).candidate("C2", 1, "S1", 60).candidate("C3", 1.8, "S2", 70)
                .candidate("C4", 1, "S1", 10).json();
        Path instance = dir.resolve("small.json");
        Files.writeString(instance, json);
        Path plan = dir.resolve("plan.json");
        // 1 s is plenty on an idle machine, not when the JVM warms the solver up on 2 busy cores
        int code = command.run(instance.toString(), plan.toString(), "--seconds", "3");
        assertThat(code).isEqualTo(PlanCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("objective");
        String planJson = Files.readString(plan);
        assertThat(planJson).contains("\"instance\"", "\"assignments\"", "\"objective\"", "\"solveSeconds\"");
        PlanChecker.Report report = PlanChecker.check(json, planJson);
        assertThat(report.violations()).isEmpty();
        assertThat(report.objectiveMatches()).isTrue();
        // the optimum: C1 (135) and C3 (126) in S2, C2 (60) and C4 (10) in S1 to reach its minimum: 331 for 1000 EUR
        assertThat(report.recomputedObjective()).isEqualByComparingTo("331");
    }

    @Test
    void missing_arguments_are_a_usage_error() {
        assertThat(command.run("only-one.json")).isEqualTo(PlanCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: plan INSTANCE.json PLAN.json [--seconds N]");
    }
}
