package fr.passerelle.search;

import fr.passerelle.testsupport.PlanFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The public session search against the real engine, on sessions whose title word keeps them apart. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// enrolling someone is a counsellor's act
@TestSecurity(user = "conseil.test", roles = "conseiller")
class SessionSearchTest {

    static final String WORD = "quetzalcoatl";
    PlanFixtures.Offer lens;
    PlanFixtures.Offer dunkerque;

    static JsonPath search(String query) {
        return given().get("/api/search/sessions?" + query).then().statusCode(200).extract().jsonPath();
    }

    static List<Long> ids(String query) {
        return search(query).getList("results.sessionId", Long.class);
    }

    @BeforeEach
    void sample() {
        if (lens != null) {
            return;
        }
        // Lens: two welding sessions; Dunkerque (about 80 km away): one
        lens = PlanFixtures.offer("62498", "Soudure " + WORD, "H2913", List.of(100007), LocalDate.of(2027, 3, 1), 1, 12,
                0, 4000, PlanFixtures.LINE_62);
        lens.sessionIds().addAll(PlanFixtures.offer("62498", "Soudure " + WORD, "H2913", List.of(100007),
                LocalDate.of(2027, 6, 1), 1, 12, 0, 4000, PlanFixtures.LINE_62).sessionIds());
        dunkerque = PlanFixtures.offer("59183", "Tri des déchets à bord pour batelier " + WORD, "K2304", PlanFixtures.TAUGHT,
                LocalDate.of(2027, 4, 1), 1, 12, 0, 3000, PlanFixtures.LINE_62);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> search("q=" + WORD + "&from=2027-01-01").getLong("total") == 3);
    }

    @Test
    void words_find_exactly_the_sample_in_start_order() {
        assertThat(ids("q=" + WORD + "&from=2027-01-01")).containsExactly(lens.sessionIds().get(0),
                dunkerque.sessionIds().get(0), lens.sessionIds().get(1));
        // the target métier's label and appellations are searched, in French
        assertThat(ids("q=" + WORD + " soudeuses&from=2027-01-01")).containsExactlyInAnyOrderElementsOf(lens.sessionIds());
        assertThat(ids("q=" + WORD + " déchet&from=2027-01-01")).containsExactlyElementsOf(dunkerque.sessionIds());
        // only the title says "batelier", and the stemmer alone would not join it to "batelière": the synonyms do
        assertThat(ids("q=" + WORD + " batelière&from=2027-01-01")).containsExactlyElementsOf(dunkerque.sessionIds());
    }

    @Test
    void distance_start_and_filiere_filter() {
        assertThat(ids("q=" + WORD + "&from=2027-01-01&commune=62498&radiusKm=20"))
                .containsExactlyInAnyOrderElementsOf(lens.sessionIds());
        assertThat(ids("q=" + WORD + "&from=2027-01-01&commune=59183&radiusKm=20"))
                .containsExactlyElementsOf(dunkerque.sessionIds());
        assertThat(ids("q=" + WORD + "&from=2027-05-01")).containsExactly(lens.sessionIds().get(1));
        assertThat(ids("q=" + WORD + "&from=2027-01-01&filiere=RECYCLAGE")).containsExactlyElementsOf(dunkerque.sessionIds());
    }

    @Test
    void hits_carry_the_session_and_no_personal_data() {
        Map<String, Object> hit = search("q=" + WORD + "&from=2027-01-01&commune=62498&radiusKm=100").getMap("results[0]");
        assertThat(hit).containsKeys("sessionId", "title", "organisation", "romeCode", "metier", "communeInsee",
                "startDate", "seatsLeft", "distanceKm");
        assertThat(hit.get("seatsLeft")).isEqualTo(12);
    }

    @Test
    void a_full_session_leaves_the_list_once_its_last_seat_is_taken() {
        String word = "xochipilli";
        long small = PlanFixtures.offer("62498", "Soudure " + word, "H2913", List.of(100007), LocalDate.of(2027, 6, 1),
                1, 1, 0, 4000, PlanFixtures.LINE_62).sessionIds().get(0);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> ids("q=" + word + "&from=2027-01-01").equals(List.of(small)));
        long person = PlanFixtures.people(1, "62498", 30, false).get(0);
        given().contentType(ContentType.JSON).body(Map.of("sessionId", small, "profileId", person))
                .post("/api/enrolments").then().statusCode(201);
        // the enrolment reindexed the session: the index no longer counts it either
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> search("q=" + word + "&from=2027-01-01").getLong("total") == 0);
    }

    @Test
    void bad_parameters_are_400_with_the_field() {
        assertThat(given().get("/api/search/sessions?from=tomorrow").then().statusCode(400).extract().jsonPath()
                .getList("errors.field")).contains("from");
        assertThat(given().get("/api/search/sessions?radiusKm=10").then().statusCode(400).extract().jsonPath()
                .getList("errors.field")).contains("radiusKm");
        given().get("/api/search/sessions?commune=75056").then().statusCode(400);
        given().get("/api/search/sessions?commune=62999&radiusKm=10").then().statusCode(400);
        given().get("/api/search/sessions?commune=62498&radiusKm=301").then().statusCode(400);
        given().get("/api/search/sessions?page=501").then().statusCode(400);
        assertThat(given().get("/api/search/sessions?page=two").then().statusCode(400).extract().jsonPath()
                .getList("errors.field")).contains("page");
        given().get("/api/search/sessions?q=" + "x".repeat(101)).then().statusCode(400);
        given().get("/api/search/sessions?filiere=x").then().statusCode(400);
    }
}
