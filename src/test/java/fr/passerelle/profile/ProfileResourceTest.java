package fr.passerelle.profile;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class ProfileResourceTest {

    static final String BODY = """
            {"kind":"WORKER","firstName":"Sylvie","lastName":"Vasseur","email":"sylvie.vasseur@example.org","sex":"F",
             "birthDate":"1972-05-10","originNafDivision":"23","employer":"Verrerie de l'Audomarois",
             "currentRomeCode":"H2801","homeCommuneInsee":"62040","mobilityRadiusKm":25,"availableFrom":"2027-04-01",
             "wishedFiliere":"RECYCLAGE","consentDate":"2026-11-02",
             "skills":[{"code":100007,"level":2}],"priorityGroups":["SALARIE_SECTEUR_POLLUANT","SENIOR"]}""";

    @Test
    void a_profile_is_created_read_replaced_and_erased() {
        long id = ((Number) given().contentType(ContentType.JSON).body(BODY).post("/api/profiles").then()
                .statusCode(201).body("lastName", equalTo("Vasseur")).extract().path("id")).longValue();
        given().get("/api/profiles/" + id).then().statusCode(200)
                .body("skills", hasSize(1)).body("priorityGroups", hasSize(2)).body("homeCommuneInsee", equalTo("62040"));
        given().contentType(ContentType.JSON).body(BODY.replace("\"mobilityRadiusKm\":25", "\"mobilityRadiusKm\":40"))
                .header("If-Match", "0").put("/api/profiles/" + id).then().statusCode(200)
                .body("mobilityRadiusKm", equalTo(40));
        // a stale version is refused rather than silently overwriting someone else's change
        given().contentType(ContentType.JSON).body(BODY).header("If-Match", "0").put("/api/profiles/" + id)
                .then().statusCode(409);
        given().delete("/api/profiles/" + id).then().statusCode(204);
        given().get("/api/profiles/" + id).then().statusCode(404);
        given().delete("/api/profiles/" + id).then().statusCode(404);
    }
}
