package fr.passerelle.common;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every bad input is a 400 whose body names the field: never a 500. */
@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class BadInputTest {

    static final Map<String, String> PROFILE = Map.of("kind", "\"JOBSEEKER\"", "firstName", "\"Camille\"",
            "lastName", "\"Martin\"", "homeCommuneInsee", "\"62498\"", "mobilityRadiusKm", "30",
            "availableFrom", "\"2027-02-01\"");

    static final Map<String, String> SESSION = Map.of("programmeId", "999999", "siteId", "999999",
            "startDate", "\"2027-03-01\"", "endDate", "\"2027-06-01\"", "capacity", "12", "minCohort", "6",
            "costPerTraineeEur", "7800", "budgetLineCode", "\"FTJ-DREETS-A1-2027-59\"");

    /** A valid body with some fields replaced or added; values are raw JSON. */
    static String json(Map<String, String> base, String... overrides) {
        Map<String, String> fields = new TreeMap<>(base);
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    static String profileWith(String field, String value) {
        return json(PROFILE, field, value);
    }

    static String session(String... overrides) {
        return json(SESSION, overrides);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                // method, path, body, field
                Arguments.of("POST", "/api/profiles", profileWith("homeCommuneInsee", "\"75056\""), "homeCommuneInsee"),
                Arguments.of("POST", "/api/profiles", profileWith("homeCommuneInsee", "\"62999\""), "homeCommuneInsee"),
                Arguments.of("POST", "/api/profiles", profileWith("mobilityRadiusKm", "-5"), "mobilityRadiusKm"),
                Arguments.of("POST", "/api/profiles", profileWith("mobilityRadiusKm", "\"loin\""), "mobilityRadiusKm"),
                Arguments.of("POST", "/api/profiles", profileWith("availableFrom", "\"01/02/2027\""), "availableFrom"),
                Arguments.of("POST", "/api/profiles", profileWith("firstName", "\"\""), "firstName"),
                Arguments.of("POST", "/api/profiles", profileWith("kind", "\"RETIRED\""), "kind"),
                Arguments.of("POST", "/api/profiles", profileWith("currentRomeCode", "\"H29\""), "currentRomeCode"),
                Arguments.of("POST", "/api/profiles", profileWith("currentRomeCode", "\"A9999\""), "currentRomeCode"),
                Arguments.of("POST", "/api/profiles", profileWith("email", "\"pas-un-email\""), "email"),
                Arguments.of("POST", "/api/profiles", profileWith("birthDate", "\"2030-01-01\""), "birthDate"),
                Arguments.of("POST", "/api/profiles", profileWith("birthDate", "\"2015-01-01\""), "birthDate"),
                Arguments.of("POST", "/api/profiles", profileWith("skills", "[{\"code\":100007,\"level\":4}]"), "skills[0].level"),
                Arguments.of("POST", "/api/profiles", profileWith("skills", "[{\"code\":1,\"level\":2}]"), "skills[0].code"),
                Arguments.of("POST", "/api/profiles", profileWith("priorityGroups", "[\"VIP\"]"), "priorityGroups[0]"),
                Arguments.of("POST", "/api/profiles", profileWith("kind", "\"WORKER\""), "originNafDivision"),
                Arguments.of("POST", "/api/profiles", profileWith("jobseekerSince", "\"2031-01-01\""), "jobseekerSince"),
                Arguments.of("POST", "/api/profiles", "{not json", "body"),
                Arguments.of("POST", "/api/organisations", "{\"name\":\"Centre\",\"siret\":\"1234\"}", "siret"),
                Arguments.of("POST", "/api/organisations", "{\"name\":\"\",\"siret\":\"12345678901234\"}", "name"),
                Arguments.of("POST", "/api/sessions", session("startDate", "\"2027-05-01\"", "endDate", "\"2027-04-01\""), "endDate"),
                Arguments.of("POST", "/api/sessions", session("costPerTraineeEur", "-100"), "costPerTraineeEur"),
                Arguments.of("POST", "/api/sessions", session("capacity", "0"), "capacity"),
                Arguments.of("POST", "/api/sessions", session("capacity", "5", "minCohort", "8"), "minCohort"),
                Arguments.of("POST", "/api/sessions", session("budgetLineCode", "\"NOPE\""), "budgetLineCode"),
                Arguments.of("PUT", "/api/budget/lines/FTJ-DREETS-A1-2025-59", "{\"amountEur\":-1}", "amountEur"),
                Arguments.of("PUT", "/api/budget/lines/FTJ-DREETS-A1-2025-59", "{\"amountEur\":97639506}", "amountEur"),
                Arguments.of("PUT", "/api/budget/lines/FTJ-DREETS-A1-2025-59", "{}", "amountEur"),
                Arguments.of("GET", "/api/communes?departement=75", null, "departement"),
                Arguments.of("GET", "/api/metiers/h2913", null, "romeCode"),
                Arguments.of("GET", "/api/profiles?size=5000", null, "size"),
                Arguments.of("GET", "/api/sessions?page=-1", null, "page"));
    }

    @ParameterizedTest(name = "{0} {1} with a bad {3} returns 400 naming {3}")
    @MethodSource("badRequests")
    void bad_input_is_a_400_naming_the_field(String method, String path, String body, String field) {
        var request = given().contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        request.when().request(method, path).then()
                .statusCode(400)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }
}
