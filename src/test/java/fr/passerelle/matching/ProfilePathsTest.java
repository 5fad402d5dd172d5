package fr.passerelle.matching;

import io.quarkus.test.security.TestSecurity;
import fr.passerelle.testsupport.PlanFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class ProfilePathsTest {

    @Test
    void a_person_gets_ranked_explained_paths_with_sessions_near_them() {
        PlanFixtures.Offer offer = PlanFixtures.offer(PlanFixtures.LENS, 2, 10, 3, 6000, PlanFixtures.LINE_62);
        long id = ((Number) given().contentType(ContentType.JSON).body("""
                {"kind":"WORKER","firstName":"Jean","lastName":"Parcours","homeCommuneInsee":"62510","mobilityRadiusKm":20,
                 "availableFrom":"2027-01-15","originNafDivision":"24",
                 "skills":[{"code":100007,"level":3},{"code":100023,"level":1}]}""")
                .post("/api/profiles").then().statusCode(201).extract().path("id")).longValue();
        JsonPath paths = given().get("/api/profiles/" + id + "/paths").then().statusCode(200).extract().jsonPath();
        assertThat(paths.getList("paths")).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(paths.getList("paths.score", Float.class)).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(paths.getList("paths.explanation", String.class)).allSatisfy(e -> assertThat(e).startsWith("Vous maîtrisez"));
        // the fixture's K2304 sessions in Lens are 6 km from Liévin, within the 20 km radius
        int k2304 = paths.getList("paths.romeCode", String.class).indexOf("K2304");
        if (k2304 >= 0) {
            assertThat(paths.getList("paths[" + k2304 + "].sessions.sessionId", Long.class))
                    .containsAnyElementsOf(offer.sessionIds());
        }
        given().get("/api/profiles/999999999/paths").then().statusCode(404);
        given().get("/api/profiles/" + id).then().statusCode(200);
    }
}
