package fr.passerelle.plan;

import io.quarkus.test.security.TestSecurity;
import fr.passerelle.planning.testsupport.PlanChecker;
import fr.passerelle.testsupport.PlanFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** A counsellor's whole planning flow on the real database and the real solver. */
@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class PlanFlowTest {

    @Inject
    MyPlacement myPlacement;

    static long cohort(List<Long> people) {
        return ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("name", "Cohorte de test", "profileIds", people))
                .post("/api/cohorts").then().statusCode(201).extract().path("id")).longValue();
    }

    static long startPlan(long cohortId) {
        return ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("name", "Plan de test", "cohortId", cohortId, "sessionsFrom", "2027-01-01"))
                .post("/api/plans").then().statusCode(202).extract().path("id")).longValue();
    }

    static JsonPath awaitEnd(long planId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                List.of("DONE", "FAILED", "INTERRUPTED").contains(
                        given().get("/api/plans/" + planId).then().extract().path("scenario.status")));
        return given().get("/api/plans/" + planId).then().statusCode(200).extract().jsonPath();
    }

    static void assertFeasibleAndExact(long planId) {
        String instance = given().get("/api/plans/" + planId + "/instance").then().statusCode(200).extract().asString();
        String plan = given().get("/api/plans/" + planId + "/plan").then().statusCode(200).extract().asString();
        PlanChecker.Report report = PlanChecker.check(instance, plan);
        assertThat(report.violations()).isEmpty();
        assertThat(report.objectiveMatches()).as("objective recomputed from the format's rules").isTrue();
    }

    @Test
    @DisplayName("PUT /api/plans/{id}/pins with no session keeps the person out of the plan, also after a re-plan")
    void a_person_pinned_out_stays_out() {
        PlanFixtures.offer(PlanFixtures.LENS, 1, 6, 0, 1000, PlanFixtures.LINE_62);
        List<Long> people = PlanFixtures.people(3, PlanFixtures.LENS, 30, true);
        long plan = startPlan(cohort(people));
        assertThat(awaitEnd(plan).getString("scenario.status")).isEqualTo("DONE");
        String out = "P" + people.get(0);
        Map<String, Object> pin = new java.util.HashMap<>();
        pin.put("candidate", out);
        pin.put("session", null);
        given().contentType(ContentType.JSON).body(Map.of("pins", List.of(pin)))
                .put("/api/plans/" + plan + "/pins").then().statusCode(200);
        long replan = ((Number) given().contentType(ContentType.JSON).body("{}").post("/api/plans/" + plan + "/replan")
                .then().statusCode(202).extract().path("id")).longValue();
        assertThat(awaitEnd(replan).getString("scenario.status")).isEqualTo("DONE");
        List<String> placed = given().get("/api/plans/" + replan + "/explanation").then().statusCode(200)
                .extract().path("placements.candidate");
        assertThat(placed).doesNotContain(out);
        assertFeasibleAndExact(replan);
    }

    @Test
    @DisplayName("cohort → plan → explanation → pin → re-plan → what-if → compare → publish")
    void a_counsellor_plans_and_publishes() {
        PlanFixtures.Offer offer = PlanFixtures.offer(PlanFixtures.LENS, 3, 4, 2, 5000, PlanFixtures.LINE_62);
        List<Long> people = PlanFixtures.people(10, PlanFixtures.LENS, 30, true);
        long plan = startPlan(cohort(people));

        JsonPath done = awaitEnd(plan);
        assertThat(done.getString("scenario.status")).isEqualTo("DONE");
        assertThat(done.getInt("summary.placed")).isBetween(2, 10);
        assertThat(done.getString("scenario.instanceHash")).hasSize(64);
        assertThat(done.getString("scenario.solverVersion")).startsWith("OptaPlanner");
        // ten people, three sessions: the branch and cut proves its plan optimal and the job ends there
        assertThat(done.getString("scenario.termination")).startsWith("optimal (proven by branch and cut)");
        assertThat(done.getList("progress")).isNotEmpty();
        assertFeasibleAndExact(plan);

        // every placement is explained by its score parts; everyone else by a reason
        JsonPath why = given().get("/api/plans/" + plan + "/explanation").then().statusCode(200).extract().jsonPath();
        assertThat(why.getList("placements").size() + why.getList("unplaced").size()).isEqualTo(10);
        assertThat(why.getList("placements.priority")).doesNotContainNull();
        assertThat(why.getList("placements.score")).doesNotContainNull();

        // pin someone to a chosen session, re-plan: the pin holds
        String candidate = "P" + people.get(9);
        String session = "S" + offer.sessionIds().get(2);
        given().contentType(ContentType.JSON).body(Map.of("pins", List.of(Map.of("candidate", candidate, "session", session))))
                .put("/api/plans/" + plan + "/pins").then().statusCode(200);
        long replan = ((Number) given().contentType(ContentType.JSON).body("{}").post("/api/plans/" + plan + "/replan")
                .then().statusCode(202).extract().path("id")).longValue();
        assertThat(awaitEnd(replan).getString("scenario.status")).isEqualTo("DONE");
        List<Map<String, Object>> placements = given().get("/api/plans/" + replan + "/explanation").then().extract().path("placements");
        assertThat(placements).anySatisfy(p -> {
            assertThat(p.get("candidate")).isEqualTo(candidate);
            assertThat(p.get("session")).isEqualTo(session);
        });
        assertFeasibleAndExact(replan);

        // what-if: one more session like the first; compare side by side
        long variant = ((Number) given().contentType(ContentType.JSON)
                .body(Map.of("extraSessions", List.of(Map.of("copyOf", "S" + offer.sessionIds().get(0))),
                        "budgetChanges", List.of(Map.of("line", PlanFixtures.LINE_62, "percent", 10))))
                .post("/api/plans/" + plan + "/what-if").then().statusCode(202).extract().path("id")).longValue();
        assertThat(awaitEnd(variant).getString("scenario.status")).isEqualTo("DONE");
        given().get("/api/plans/compare?ids=" + plan + "," + variant).then().statusCode(200)
                .body("scenarios.size()", equalTo(2))
                .body("scenarios[1].summary.placed", notNullValue())
                .body("scenarios[0].summary.lines.line", hasItem(PlanFixtures.LINE_62));

        // publish the re-plan: enrolments for every placement, recorded with the instance hash, solver and termination
        JsonPath replanned = given().get("/api/plans/" + replan).then().extract().jsonPath();
        given().post("/api/plans/" + replan + "/publish").then().statusCode(200)
                .body("enrolments", equalTo(replanned.getInt("summary.placed")))
                .body("instanceHash", equalTo(done.getString("scenario.instanceHash")))
                .body("solverVersion", notNullValue())
                .body("termination", notNullValue());
        given().post("/api/plans/" + replan + "/publish").then().statusCode(409);
        // each person placed sees their seat, the plan that gave it and the score that plan used (0–100)
        for (Map<String, Object> p : placements) {
            long profile = Long.parseLong(((String) p.get("candidate")).substring(1));
            MyPlacement.Placement mine = QuarkusTransaction.requiringNew().call(() -> myPlacement.of(profile)).orElseThrow();
            assertThat(mine.sessionId()).isEqualTo(Long.parseLong(((String) p.get("session")).substring(1)));
            assertThat(mine.planName()).isEqualTo(replanned.getString("scenario.name"));
            assertThat(mine.matchScore()).isEqualByComparingTo(new BigDecimal(p.get("score").toString()));
            assertThat(mine.matchPercent()).isEqualTo(Math.round(((Number) p.get("score")).doubleValue())).isBetween(0L, 100L);
        }
        // the same people cannot be enrolled twice by the other scenario
        given().post("/api/plans/" + plan + "/publish").then().statusCode(409);
    }

    @Test
    void a_second_job_waits_behind_the_first_and_can_be_stopped_early() {
        PlanFixtures.offer(PlanFixtures.LENS, 2, 5, 2, 4000, PlanFixtures.LINE_62);
        long cohort = cohort(PlanFixtures.people(6, PlanFixtures.LENS, 20, false));
        // the first is sample-m (5,000 people): no proof ends it, it runs to its limit unless stopped
        long first = ((Number) given().contentType(ContentType.JSON)
                .body(fr.passerelle.planning.testsupport.Instances.sampleJson("sample-m")).post("/api/plans/import")
                .then().statusCode(202).extract().path("id")).longValue();
        long second = startPlan(cohort);
        assertThat((String) given().get("/api/plans/" + second).then().extract().path("scenario.status")).isEqualTo("WAITING");
        given().post("/api/plans/" + first + "/stop").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(202)));
        JsonPath firstEnd = awaitEnd(first);
        assertThat(firstEnd.getString("scenario.status")).isIn("DONE", "INTERRUPTED");
        if (firstEnd.getString("scenario.status").equals("DONE")) {
            assertThat(firstEnd.getString("scenario.termination")).startsWith("stopped early");
        }
        assertThat(awaitEnd(second).getString("scenario.status")).isEqualTo("DONE");
    }

    @Test
    void an_instance_with_unknown_ids_is_refused_with_its_json_path() {
        String bad = """
                {"name":"x","budgetLines":[{"id":"L1","amountEur":1000}],
                 "sessions":[{"id":"S1","capacity":0,"minCohort":0,"costPerTraineeEur":-5,"budgetLine":"L9"}],
                 "candidates":[{"id":"C1","priority":1,"options":[{"session":"S404","score":50}]}]}""";
        JsonPath errors = given().contentType(ContentType.JSON).body(bad).post("/api/plans/import").then().statusCode(400)
                .extract().jsonPath();
        assertThat(errors.getList("errors.field", String.class))
                .contains("$.sessions[0].capacity", "$.sessions[0].costPerTraineeEur", "$.sessions[0].budgetLine",
                        "$.candidates[0].options[0].session");
    }

    @Test
    void a_shared_format_instance_is_imported_solved_and_exported_exactly() {
        String instance = """
                {"name":"import-test","currency":"EUR","extra":"ignored",
                 "budgetLines":[{"id":"L1","label":"ligne","amountEur":30000}],
                 "sessions":[{"id":"S1","capacity":3,"minCohort":2,"costPerTraineeEur":10000,"budgetLine":"L1","futureField":1}],
                 "candidates":[{"id":"C1","status":"JOBSEEKER","priority":1.5,"options":[{"session":"S1","score":80}]},
                               {"id":"C2","status":"WORKER","priority":1,"options":[{"session":"S1","score":60}]},
                               {"id":"C3","status":"WORKER","priority":1,"options":[]}]}""";
        long id = ((Number) given().contentType(ContentType.JSON).body(instance).post("/api/plans/import")
                .then().statusCode(202).extract().path("id")).longValue();
        JsonPath done = awaitEnd(id);
        assertThat(done.getDouble("scenario.objective")).isEqualTo(180.0);
        assertFeasibleAndExact(id);
        // ids that are not Passerelle's profiles and sessions cannot become enrolments
        given().post("/api/plans/" + id + "/publish").then().statusCode(409);
    }
}
