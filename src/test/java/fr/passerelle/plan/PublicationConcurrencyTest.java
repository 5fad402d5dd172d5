package fr.passerelle.plan;

import io.quarkus.test.security.TestSecurity;
import fr.passerelle.testsupport.PlanFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Seats and budget are never overshot, whatever runs at the same time. */
@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class PublicationConcurrencyTest {

    @Inject
    EntityManager em;

    /** A finished scenario that places these people in this session (as a solve would have stored it). */
    static long doneScenario(long sessionId, List<Long> people) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PlanScenario s = new PlanScenario();
            s.name = "concurrence";
            s.status = ScenarioStatus.DONE;
            s.instanceJson = "{}";
            s.instanceHash = "0".repeat(64);
            s.secondsLimit = 1;
            s.hardScore = 0L;
            s.createdAt = Instant.now();
            s.persist();
            for (Long p : people) {
                PlanAssignment.of(s.id, "P" + p, "S" + sessionId, java.math.BigDecimal.valueOf(50), false).persist();
            }
            return s.id;
        });
    }

    static List<Integer> concurrently(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> futures = new ArrayList<>();
        for (Callable<Integer> call : calls) {
            futures.add(pool.submit(() -> {
                go.await();
                return call.call();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : futures) {
            statuses.add(f.get());
        }
        pool.shutdown();
        return statuses;
    }

    long enrolled(long sessionId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from enrolment where session_id = ?1").setParameter(1, sessionId).getSingleResult()).longValue());
    }

    @Test
    void two_publications_competing_for_the_same_seats_never_overshoot() throws Exception {
        long session = PlanFixtures.offer(PlanFixtures.LENS, 1, 3, 1, 1000, PlanFixtures.LINE_62).sessionIds().get(0);
        long a = doneScenario(session, PlanFixtures.people(3, PlanFixtures.LENS, 10, false));
        long b = doneScenario(session, PlanFixtures.people(3, PlanFixtures.LENS, 10, false));
        List<Integer> statuses = concurrently(List.of(
                () -> given().post("/api/plans/" + a + "/publish").statusCode(),
                () -> given().post("/api/plans/" + b + "/publish").statusCode()));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(enrolled(session)).isEqualTo(3);
    }

    @Test
    void a_publication_and_manual_enrolments_at_once_never_overshoot() throws Exception {
        long session = PlanFixtures.offer(PlanFixtures.LENS, 1, 4, 1, 1000, PlanFixtures.LINE_62).sessionIds().get(0);
        long plan = doneScenario(session, PlanFixtures.people(3, PlanFixtures.LENS, 10, false));
        List<Long> walkIns = PlanFixtures.people(4, PlanFixtures.LENS, 10, false);
        List<Callable<Integer>> calls = new ArrayList<>();
        calls.add(() -> given().post("/api/plans/" + plan + "/publish").statusCode());
        for (Long person : walkIns) {
            calls.add(() -> given().contentType(ContentType.JSON).body(Map.of("sessionId", session, "profileId", person))
                    .post("/api/enrolments").statusCode());
        }
        List<Integer> statuses = concurrently(calls);
        assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(200, 201, 409));
        assertThat(enrolled(session)).isLessThanOrEqualTo(4).isGreaterThanOrEqualTo(1);
    }

    @Test
    void an_enrolment_beyond_the_budget_line_is_refused() {
        String line = "FTJ-DREETS-A2-2026-59";
        long amount = ((Number) given().get("/api/budget/lines").then().extract()
                .path("lines.find { it.code == '" + line + "' }.amountEur")).longValue();
        long session = PlanFixtures.offer(PlanFixtures.LENS, 1, 5, 1, 9000, line).sessionIds().get(0);
        List<Long> people = PlanFixtures.people(2, PlanFixtures.LENS, 10, false);
        try {
            // leave room for exactly one trainee on the line
            given().contentType(ContentType.JSON).body("{\"amountEur\":9500}").put("/api/budget/lines/" + line).then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("sessionId", session, "profileId", people.get(0)))
                    .post("/api/enrolments").then().statusCode(201);
            given().contentType(ContentType.JSON).body(Map.of("sessionId", session, "profileId", people.get(1)))
                    .post("/api/enrolments").then().statusCode(409);
            // and the line cannot go below what is committed
            given().contentType(ContentType.JSON).body("{\"amountEur\":8000}").put("/api/budget/lines/" + line).then().statusCode(400);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from enrolment where session_id = ?1")
                    .setParameter(1, session).executeUpdate());
            given().contentType(ContentType.JSON).body("{\"amountEur\":" + amount + "}").put("/api/budget/lines/" + line).then().statusCode(200);
        }
    }
}
