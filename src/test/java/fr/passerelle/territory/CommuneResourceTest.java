package fr.passerelle.territory;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class CommuneResourceTest {

    @Test
    void pas_de_calais_has_890_communes_and_nord_648() {
        given().get("/api/communes?departement=62").then().statusCode(200).body("$", hasSize(890));
        given().get("/api/communes?departement=59").then().statusCode(200).body("$", hasSize(648));
        given().get("/api/communes").then().statusCode(200).body("$", hasSize(1538));
    }
}
