package fr.passerelle.search;

import io.quarkus.test.security.TestSecurity;
import fr.passerelle.testsupport.LocalComponentsResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * A long outage: Hibernate Search gives up on the events (ABORTED after its retries, here 1 s apart instead of 30 s)
 * and never retries them. Readiness reports them; the admin action requeues them; then every profile is found.
 */
@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
@TestProfile(SearchAbortedEventsTest.FastRetries.class)
class SearchAbortedEventsTest {

    public static class FastRetries implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-search-orm.coordination.event-processor.retry-delay", "1S");
        }
    }

    @Test
    void aborted_events_are_reported_then_reprocessed() {
        SearchOutageTest.awaitSearchSettled();
        LocalComponentsResource.search().kill();
        try {
            for (int i = 0; i < 20; i++) {
                given().contentType(ContentType.JSON).body("""
                        {"kind":"JOBSEEKER","firstName":"Longue%d","lastName":"Grandepanne","homeCommuneInsee":"62041",
                         "mobilityRadiusKm":20,"availableFrom":"2027-03-01","jobseekerSince":"2025-05-01"}""".formatted(i))
                        .post("/api/profiles").then().statusCode(201);
            }
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    given().get("/q/health/ready").then().statusCode(503)
                            .body("checks.find { it.name == 'search' }.data.abortedEvents", greaterThan(0)));
        } finally {
            LocalComponentsResource.search().startProcess();
        }
        // the engine is back (its indexes too: readiness says so only then), but aborted events are not retried by themselves
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .body("checks.find { it.name == 'search' }.data.reason", org.hamcrest.Matchers.containsString("aborted")));
        assertThat(SearchOutageTest.found("grandepanne")).isBetween(0, 19);
        int requeued = given().post("/api/admin/search/reprocess-aborted").then().statusCode(200).extract().path("requeued");
        assertThat(requeued).isGreaterThan(0);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> SearchOutageTest.found("grandepanne") == 20);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search' }.status", equalTo("UP")));
    }
}
