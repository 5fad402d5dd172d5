package fr.passerelle.plan;

import io.quarkus.narayana.jta.QuarkusTransaction;
import fr.passerelle.testsupport.PlanFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/match/options: feasibility rules, and the very scores a planning instance gets. */
@QuarkusTest
@TestSecurity(user = "conseil.test", roles = "conseiller")
class MatchOptionsTest {

    @Inject
    InstanceBuilder instances;

    static JsonPath options(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/match/options").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void options_are_the_sessions_near_after_availability_with_seats_and_score_as_in_the_instance() {
        // people of Lens, available from 2027-01-01, 30 km radius; half of them already master a taught skill
        List<Long> people = PlanFixtures.people(4, PlanFixtures.LENS, 30, true);
        PlanFixtures.Offer near = PlanFixtures.offer(PlanFixtures.LENS, 2, 10, 0, 3000, PlanFixtures.LINE_62);
        // Dunkerque is about 80 km from Lens
        PlanFixtures.Offer far = PlanFixtures.offer("59183", 1, 10, 0, 3000, PlanFixtures.LINE_62);
        PlanFixtures.Offer early = PlanFixtures.offer(PlanFixtures.LENS, "Agent de tri - test", "K2304",
                PlanFixtures.TAUGHT, LocalDate.of(2026, 12, 1), 1, 10, 0, 3000, PlanFixtures.LINE_62);
        PlanFixtures.Offer full = PlanFixtures.offer(PlanFixtures.LENS, 1, 1, 0, 3000, PlanFixtures.LINE_62);
        long taker = PlanFixtures.people(1, PlanFixtures.LENS, 30, false).get(0);
        given().contentType(ContentType.JSON).body(Map.of("sessionId", full.sessionIds().get(0), "profileId", taker))
                .post("/api/enrolments").then().statusCode(201);

        List<Long> sessions = new ArrayList<>(near.sessionIds());
        sessions.addAll(far.sessionIds());
        sessions.addAll(early.sessionIds());
        sessions.addAll(full.sessionIds());
        LocalDate from = LocalDate.of(2026, 11, 1);
        JsonPath r = options(Map.of("profileIds", people, "sessionIds", sessions, "from", from.toString()));

        assertThat(r.getList("candidates.profileId", Long.class)).containsExactlyElementsOf(people);
        InstanceDocument instance = instances.build("options-test", people, from);
        for (int i = 0; i < people.size(); i++) {
            assertThat(r.getList("candidates[" + i + "].options.sessionId", Long.class))
                    .containsExactlyElementsOf(near.sessionIds());
            Map<String, BigDecimal> expected = new HashMap<>();
            instance.candidates().get(i).options().stream()
                    .filter(o -> near.sessionIds().stream().anyMatch(id -> InstanceDocument.sessionId(id).equals(o.session())))
                    .forEach(o -> expected.put(o.session(), o.score()));
            Map<String, BigDecimal> actual = new HashMap<>();
            List<Map<String, Object>> got = r.getList("candidates[" + i + "].options");
            got.forEach(o -> actual.put(InstanceDocument.sessionId(((Number) o.get("sessionId")).longValue()),
                    new BigDecimal(o.get("score").toString()).setScale(1)));
            assertThat(actual).isEqualTo(expected).hasSize(2);
        }
        // the person who already masters a taught skill scores higher than the one who does not
        BigDecimal skilled = new BigDecimal(r.getString("candidates[0].options[0].score"));
        BigDecimal unskilled = new BigDecimal(r.getString("candidates[1].options[0].score"));
        assertThat(skilled).isGreaterThan(unskilled);
        assertThat(unskilled).isGreaterThanOrEqualTo(BigDecimal.valueOf(20));
    }

    @Test
    void a_session_is_an_option_only_for_people_who_master_its_prerequisites() {
        // people(…, true): the even ones master TAUGHT[0], the odd ones no skill at all
        List<Long> people = PlanFixtures.people(2, PlanFixtures.LENS, 30, true);
        PlanFixtures.Offer offer = PlanFixtures.offer(PlanFixtures.LENS, 1, 10, 0, 3000, PlanFixtures.LINE_62);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "insert into programme_prerequisite (programme_id, skill_code) values (?1, ?2)")
                .setParameter(1, offer.programmeId()).setParameter(2, PlanFixtures.TAUGHT.get(0)).executeUpdate());
        LocalDate from = LocalDate.of(2026, 11, 1);
        JsonPath r = options(Map.of("profileIds", people, "sessionIds", offer.sessionIds(), "from", from.toString()));
        assertThat(r.getList("candidates[0].options.sessionId", Long.class)).containsExactlyElementsOf(offer.sessionIds());
        assertThat(r.getList("candidates[1].options")).isEmpty();
        // the planner's instance applies the same rule
        InstanceDocument instance = instances.build("prerequisites-test", people, from);
        String session = InstanceDocument.sessionId(offer.sessionIds().get(0));
        assertThat(instance.candidates().get(0).options()).anySatisfy(o -> assertThat(o.session()).isEqualTo(session));
        assertThat(instance.candidates().get(1).options()).noneSatisfy(o -> assertThat(o.session()).isEqualTo(session));
    }

    @Inject
    jakarta.persistence.EntityManager em;

    @Test
    void bad_requests_are_400_with_the_field() {
        given().contentType(ContentType.JSON).body(Map.of("sessionIds", List.of(1))).post("/api/match/options")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("cohortId", 1, "profileIds", List.of(1), "sessionIds", List.of(1)))
                .post("/api/match/options").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("profileIds", List.of(1), "sessionIds", List.of()))
                .post("/api/match/options").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("cohortId", 999_999_999, "sessionIds", List.of(1)))
                .post("/api/match/options").then().statusCode(400);
        List<Long> many = new ArrayList<>();
        for (long i = 0; i <= MatchOptionsResource.MAX_SESSIONS; i++) {
            many.add(i);
        }
        given().contentType(ContentType.JSON).body(Map.of("profileIds", List.of(1), "sessionIds", many))
                .post("/api/match/options").then().statusCode(400);
    }
}
