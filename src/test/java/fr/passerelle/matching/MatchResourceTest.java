package fr.passerelle.matching;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class MatchResourceTest {

    /** The "cœur de métier" items of the welder fiche H2913, read from the database. */
    static String welderCoreSkills() {
        List<Map<String, Object>> skills = given().get("/api/metiers/H2913").then().statusCode(200).extract().path("skills");
        return skills.stream().filter(s -> "PRINCIPAL".equals(s.get("core"))).map(s -> String.valueOf(s.get("code")))
                .collect(Collectors.joining(","));
    }

    @Test
    void a_welders_skills_rank_welding_metiers_first_with_explained_skills() {
        // the model ranks likely passerelles for these skills: the welding and metalwork fiches of domaine H29 lead
        given().get("/api/match/metiers?skills=" + welderCoreSkills() + "&limit=5").then().statusCode(200)
                .body("results.size()", equalTo(5))
                .body("results.romeCode", everyItem(org.hamcrest.Matchers.startsWith("H29")))
                .body("results.score", everyItem(lessThanOrEqualTo(1.0f)))
                .body("results[0].coveredSkills.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void the_targets_scope_only_ranks_the_target_catalogue() {
        List<String> codes = given().get("/api/match/metiers?skills=" + welderCoreSkills() + "&limit=100&scope=targets")
                .then().statusCode(200).extract().path("results.romeCode");
        assertThat(codes).hasSize(34).contains("H2907", "K2304");
    }

    @Test
    void input_is_bounded_400_never_500() {
        String tooMany = IntStream.range(0, 201).mapToObj(i -> Integer.toString(100000 + i)).collect(Collectors.joining(","));
        given().get("/api/match/metiers?skills=" + tooMany).then().statusCode(400).body("errors.field", hasItem("skills"));
        given().get("/api/match/metiers?skills=100007&limit=101").then().statusCode(400).body("errors.field", hasItem("limit"));
        given().get("/api/match/metiers?skills=abc").then().statusCode(400).body("errors.field", hasItem("skills"));
        given().get("/api/match/metiers?skills=100007&scope=mine").then().statusCode(400).body("errors.field", hasItem("scope"));
        given().get("/api/match/metiers").then().statusCode(400);
        // unknown items are ignored: an empty answer, not an error
        given().get("/api/match/metiers?skills=1,2,3").then().statusCode(200).body("results.size()", equalTo(0));
    }
}
