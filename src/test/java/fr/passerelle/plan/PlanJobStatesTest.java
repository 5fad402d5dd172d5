package fr.passerelle.plan;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class PlanJobStatesTest {

    @Inject
    PlanJobService jobs;

    static long scenario(ScenarioStatus status, String instanceJson) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PlanScenario s = new PlanScenario();
            s.name = "état";
            s.status = status;
            s.instanceJson = instanceJson;
            s.instanceHash = "0".repeat(64);
            s.secondsLimit = 1;
            s.createdAt = Instant.now();
            s.persist();
            return s.id;
        });
    }

    @Test
    void a_failed_solve_shows_as_failed_with_its_reason() {
        // stored before validation existed, say: the solver cannot read it
        long id = scenario(ScenarioStatus.WAITING, "{\"name\":\"broken\",\"budgetLines\":[],\"sessions\":[],\"candidates\":[{\"id\":\"C1\"}]}");
        jobs.submit(id);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "FAILED".equals(given().get("/api/plans/" + id).then().extract().path("scenario.status")));
        given().get("/api/plans/" + id).then().body("scenario.errorMessage", containsString("candidates[0]"));
    }

    @Test
    void a_job_running_when_the_application_stopped_reads_interrupted_after_restart() {
        String empty = "{\"name\":\"vide\",\"budgetLines\":[],\"sessions\":[],\"candidates\":[]}";
        long solving = scenario(ScenarioStatus.SOLVING, empty);
        long waiting = scenario(ScenarioStatus.WAITING, empty);
        long done = scenario(ScenarioStatus.DONE, empty);
        jobs.markInterrupted(null); // what the restart does at start-up
        assertThat(status(solving)).isEqualTo("INTERRUPTED");
        assertThat(status(waiting)).isEqualTo("INTERRUPTED");
        assertThat(status(done)).isEqualTo("DONE");
    }

    @Test
    void progress_is_served_as_server_sent_events() {
        String instance = """
                {"name":"sse","budgetLines":[{"id":"L1","amountEur":100000}],
                 "sessions":[{"id":"S1","capacity":4,"minCohort":2,"costPerTraineeEur":1000,"budgetLine":"L1"}],
                 "candidates":[{"id":"C1","priority":1,"options":[{"session":"S1","score":50}]},
                               {"id":"C2","priority":2,"options":[{"session":"S1","score":40}]}]}""";
        long id = ((Number) given().contentType("application/json").body(instance).post("/api/plans/import")
                .then().statusCode(202).extract().path("id")).longValue();
        // the stream stays open while the job runs and ends with it
        String events = given().accept("text/event-stream").get("/api/plans/" + id + "/progress").then().statusCode(200)
                .extract().asString();
        assertThat(events).contains("data:").contains("\"objective\":130").contains("DONE");
    }

    static String status(long id) {
        return given().get("/api/plans/" + id).then().extract().path("scenario.status");
    }
}
