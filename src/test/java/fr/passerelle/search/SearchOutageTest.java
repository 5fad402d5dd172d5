package fr.passerelle.search;

import io.quarkus.test.security.TestSecurity;
import fr.passerelle.testsupport.LocalComponentsResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.hasItem;

/** A short engine outage loses nothing, and readiness tells the truth meanwhile. */
@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class SearchOutageTest {

    /** The number of profiles found, or -1 while the engine cannot answer yet (503). */
    static int found(String text) {
        var answer = given().contentType(ContentType.JSON).body(Map.of("text", text, "size", 1))
                .post("/api/search/profiles").then().statusCode(anyOf(is(200), is(503))).extract();
        return answer.statusCode() == 503 ? -1 : ((Number) answer.path("total")).intValue();
    }

    /**
     * Waits until search is ready and no rebuild runs: an outage that hits a starting application's rebuild of an
     * empty index (here the métiers, loaded by SQL) can leave the index dropped, which no outbox event repairs.
     */
    static void awaitSearchSettled() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().get("/q/health/ready").statusCode() == 200
                        && !given().get("/api/admin/search/reindex").jsonPath().getBoolean("running"));
    }

    @Test
    void profiles_written_while_the_engine_is_down_are_all_found_after_it_restarts() {
        awaitSearchSettled();
        LocalComponentsResource.search().kill();
        try {
            // readiness names search as down; what needs no search keeps working
            given().get("/q/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'search' }.status", equalTo("DOWN"));
            given().get("/api/metiers/H2913").then().statusCode(200);
            // a search cannot be answered: the client is told to come back, not that the server broke
            given().contentType(ContentType.JSON).body(Map.of("text", "courtecoupure"))
                    .post("/api/search/profiles").then().statusCode(503)
                    .body("message", containsString("search engine unavailable"));
            for (int i = 0; i < 200; i++) {
                given().contentType(ContentType.JSON).body("""
                        {"kind":"JOBSEEKER","firstName":"Panne%d","lastName":"Courtecoupure","homeCommuneInsee":"59178",
                         "mobilityRadiusKm":20,"availableFrom":"2027-03-01","jobseekerSince":"2025-05-01"}""".formatted(i))
                        .post("/api/profiles").then().statusCode(201);
            }
        } finally {
            LocalComponentsResource.search().startProcess();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> found("courtecoupure") == 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("search")));
    }
}
