package fr.passerelle.search;

import fr.passerelle.testsupport.PlanFixtures;
import fr.passerelle.training.TrainingSession;
import jakarta.inject.Inject;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * POST /api/admin/search/reindex rebuilds the three indexes into new ones: the same hits afterwards. An index the
 * engine lost is reported by readiness, then recreated and rebuilt by the application itself.
 */
@QuarkusTest
@TestSecurity(user = "conseil.test", roles = "conseiller")
class SearchRebuildTest {

    @Inject
    SearchMapping mapping;

    @Test
    void a_rebuild_gives_back_every_fiche_and_session() {
        String word = "tlaloc";
        List<Long> sessions = PlanFixtures.offer("62498", "Soudure " + word, "H2913", List.of(100007),
                LocalDate.of(2027, 3, 1), 2, 10, 0, 4000, PlanFixtures.LINE_62).sessionIds();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().get("/api/search/metiers?limit=1").jsonPath().getLong("total") == 1584
                        && given().get("/api/search/sessions?from=2027-01-01&q=" + word).jsonPath().getLong("total") == 2);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().post("/api/admin/search/reindex").statusCode() == 202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                !given().get("/api/admin/search/reindex").jsonPath().getBoolean("running"));
        JsonPath progress = given().get("/api/admin/search/reindex").jsonPath();
        assertThat(progress.getString("error")).isNull();

        assertThat(given().get("/api/search/metiers?limit=1").jsonPath().getLong("total")).isEqualTo(1584);
        assertThat(given().get("/api/search/sessions?from=2027-01-01&q=" + word).jsonPath()
                .getList("results.sessionId", Long.class)).containsExactlyElementsOf(sessions);
    }

    @Test
    void an_index_the_engine_lost_is_reported_then_recreated_and_rebuilt_by_itself() {
        PlanFixtures.offer("62498", "Soudure perdue", "H2913", List.of(100007),
                LocalDate.of(2027, 3, 1), 1, 10, 0, 4000, PlanFixtures.LINE_62);
        // the session's index event processed (none left to write into a missing index) and no rebuild running
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                given().get("/api/search/sessions?from=2027-01-01&q=perdue").jsonPath().getLong("total") == 1
                        && !given().get("/api/admin/search/reindex").jsonPath().getBoolean("running")
                        && given().get("/q/health/ready").statusCode() == 200);

        mapping.scope(TrainingSession.class).schemaManager().dropIfExisting();
        // the watch (every 5 s in tests) repairs an index only once it has seen it missing twice: readiness and
        // searches tell the truth meanwhile
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'search' }.data.reason", containsString("indexes are not available"));
        given().get("/api/search/sessions?from=2027-01-01&q=perdue").then().statusCode(503);

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().until(() ->
                given().get("/q/health/ready").statusCode() == 200
                        && given().get("/api/search/sessions?from=2027-01-01&q=perdue").jsonPath().getLong("total") == 1);
        assertThat(given().get("/api/admin/search/reindex").jsonPath().getString("error")).isNull();
    }
}
