package fr.passerelle.budget;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class BudgetResourceTest {

    @Test
    void the_lines_sum_to_the_dreets_envelope() {
        given().get("/api/budget/lines").then().statusCode(200)
                .body("envelopeEur", equalTo(97_639_506))
                .body("totalEur", equalTo(97_639_506))
                .body("lines.size()", equalTo(18));
    }

    @Test
    void money_moves_between_lines_but_never_above_the_envelope() {
        long a = amount("FTJ-DREETS-A2-2027-62");
        long b = amount("FTJ-DREETS-A3-2027-62");
        given().contentType(ContentType.JSON).body("{\"amountEur\":" + (a - 1000) + "}")
                .put("/api/budget/lines/FTJ-DREETS-A2-2027-62").then().statusCode(200);
        // the freed 1,000 € can go to another line, not 1,001 €
        given().contentType(ContentType.JSON).body("{\"amountEur\":" + (b + 1001) + "}")
                .put("/api/budget/lines/FTJ-DREETS-A3-2027-62").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"amountEur\":" + (b + 1000) + "}")
                .put("/api/budget/lines/FTJ-DREETS-A3-2027-62").then().statusCode(200);
        given().get("/api/budget/lines").then().body("totalEur", equalTo(97_639_506));
        given().contentType(ContentType.JSON).body("{\"amountEur\":" + b + "}")
                .put("/api/budget/lines/FTJ-DREETS-A3-2027-62").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"amountEur\":" + a + "}")
                .put("/api/budget/lines/FTJ-DREETS-A2-2027-62").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"amountEur\":1}")
                .put("/api/budget/lines/NOPE").then().statusCode(404);
    }

    private long amount(String code) {
        return ((Number) given().get("/api/budget/lines").then().extract()
                .path("lines.find { it.code == '" + code + "' }.amountEur")).longValue();
    }
}
