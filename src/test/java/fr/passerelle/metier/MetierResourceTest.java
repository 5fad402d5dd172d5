package fr.passerelle.metier;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThan;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class MetierResourceTest {

    @Test
    @DisplayName("GET /api/metiers/H2913 returns the real ROME label, domaine, skills and passerelles")
    void returns_the_rome_fiche_of_a_welder() {
        given().get("/api/metiers/H2913").then().statusCode(200)
                .body("romeCode", equalTo("H2913"))
                .body("label", equalTo("Soudeur / Soudeuse"))
                .body("domaine.code", equalTo("H29"))
                .body("transition", equalTo("BLANC"))
                .body("skills.size()", greaterThan(10))
                .body("skills.core", hasItem("PRINCIPAL"));
    }

    @Test
    @DisplayName("GET /api/metiers/K2304 shows its target filière")
    void a_target_metier_carries_its_filiere() {
        given().get("/api/metiers/K2304").then().statusCode(200)
                .body("target.filiere", equalTo("RECYCLAGE"))
                .body("transition", equalTo("VERT"));
    }

    @Test
    @DisplayName("GET /api/metiers/Z9999 returns 400 naming the field; an unknown valid code returns 404")
    void bad_and_unknown_codes() {
        given().get("/api/metiers/Z9999").then().statusCode(400)
                .body("errors[0].field", equalTo("romeCode"));
        given().get("/api/metiers/A9999").then().statusCode(404);
    }
}
