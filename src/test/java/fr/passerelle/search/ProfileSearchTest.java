package fr.passerelle.search;

import fr.passerelle.testsupport.ApiProfiles;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Cohort search against the real OpenSearch, on a small sample (its surnames keep it apart from other tests' data). */
@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileSearchTest {

    @Inject
    EntityManager em;

    final Map<String, Long> ids = new HashMap<>();

    long create(String key, String json) {
        long id = ApiProfiles.create(json);
        ids.put(key, id);
        return id;
    }

    static Map<String, Object> search(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/search/profiles").then().statusCode(200)
                .extract().as(Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Integer> hitIds(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("hits")).stream().map(h -> ((Number) h.get("id")).intValue()).toList();
    }

    List<Integer> idsOf(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> ids.get(k).intValue()).toList();
    }

    // once, before the first test (RestAssured knows the test port from the first test on)
    @BeforeEach
    void sample() {
        if (!ids.isEmpty()) {
            return;
        }
        create("lens-welder", ApiProfiles.json("JOBSEEKER", "Élodie", "Wattrelosienne", "62498",
                ",\"jobseekerSince\":\"2024-01-01\",\"wishedFiliere\":\"RECYCLAGE\",\"skills\":[{\"code\":100007,\"level\":2}],\"priorityGroups\":[\"BASSIN_MINIER_DE\",\"DELD\"]"));
        create("lens-worker", ApiProfiles.json("WORKER", "Jérôme", "Wattrelosienne", "62498",
                ",\"originNafDivision\":\"24\",\"wishedFiliere\":\"BATTERIES\",\"priorityGroups\":[\"SALARIE_SECTEUR_POLLUANT\"]"));
        create("dunkerque-worker", ApiProfiles.json("WORKER", "Karim", "Wattrelosienne", "59183",
                ",\"originNafDivision\":\"20\",\"wishedFiliere\":\"HYDROGENE\",\"skills\":[{\"code\":100007,\"level\":3}]"));
        create("lille-jobseeker", ApiProfiles.json("JOBSEEKER", "Chloé", "D'Hondt-Wattrelosienne", "59350",
                ",\"jobseekerSince\":\"2026-06-01\""));
        // outbox-polling indexes asynchronously: wait until the four are searchable
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                ((Number) search(Map.of("text", "wattrelosienne")).get("total")).intValue() == 4);
    }

    @Test
    void full_text_folds_accents_and_case_and_finds_exactly_the_sample() {
        assertThat(hitIds(search(Map.of("text", "WATTRELOSIENNE")))).containsExactlyInAnyOrderElementsOf(
                idsOf("lens-welder", "lens-worker", "dunkerque-worker", "lille-jobseeker"));
        assertThat(hitIds(search(Map.of("text", "elodie wattrelosienne")))).containsExactly(ids.get("lens-welder").intValue());
    }

    @Test
    void skill_labels_are_searched_in_french_with_plurals() {
        // the item 100007 is "Techniques de soudage"
        assertThat(hitIds(search(Map.of("text", "wattrelosienne technique soudages"))))
                .containsExactlyInAnyOrderElementsOf(idsOf("lens-welder", "dunkerque-worker"));
    }

    @Test
    void filters_combine_and_facets_count_the_matches() {
        Map<String, Object> workers = search(Map.of("text", "wattrelosienne", "kinds", List.of("WORKER")));
        assertThat(hitIds(workers)).containsExactlyInAnyOrderElementsOf(idsOf("lens-worker", "dunkerque-worker"));
        Map<String, Object> all = search(Map.of("text", "wattrelosienne"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Integer>> facets = (Map<String, Map<String, Integer>>) all.get("facets");
        assertThat(facets.get("kind")).containsEntry("WORKER", 2).containsEntry("JOBSEEKER", 2);
        assertThat(facets.get("bassinMinier")).containsEntry("true", 2).containsEntry("false", 2);
        assertThat(facets.get("originSector")).containsEntry("24", 1).containsEntry("20", 1);
        assertThat(hitIds(search(Map.of("text", "wattrelosienne", "bassinMinier", true, "priorityGroups", List.of("DELD")))))
                .containsExactly(ids.get("lens-welder").intValue());
        assertThat(hitIds(search(Map.of("text", "wattrelosienne", "bassins", List.of("3218")))))
                .containsExactly(ids.get("dunkerque-worker").intValue());
    }

    @Test
    void distance_from_a_commune_filters_by_the_home_commune() {
        assertThat(hitIds(search(Map.of("text", "wattrelosienne", "near", Map.of("commune", "62498", "radiusKm", 10)))))
                .containsExactlyInAnyOrderElementsOf(idsOf("lens-welder", "lens-worker"));
        // Lille is 30 km from Lens
        assertThat(hitIds(search(Map.of("text", "wattrelosienne", "near", Map.of("commune", "62498", "radiusKm", 40)))))
                .containsExactlyInAnyOrderElementsOf(idsOf("lens-welder", "lens-worker", "lille-jobseeker"));
    }

    @Test
    void bounds_and_bad_filters_are_400_not_500() {
        given().contentType(ContentType.JSON).body(Map.of("size", 500)).post("/api/search/profiles").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("text", "x".repeat(201))).post("/api/search/profiles").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("near", Map.of("commune", "75056", "radiusKm", 10)))
                .post("/api/search/profiles").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("kinds", List.of("RETIRED"))).post("/api/search/profiles").then().statusCode(400);
    }

    @Test
    void a_row_deleted_behind_the_index_is_not_a_500_and_an_erased_person_leaves_the_index() {
        long ghost = create("ghost", ApiProfiles.json("JOBSEEKER", "Gaspard", "Fantomatique", "62498", ",\"jobseekerSince\":\"2025-01-01\""));
        long erased = create("erased", ApiProfiles.json("JOBSEEKER", "Edmée", "Fantomatique", "62498", ",\"jobseekerSince\":\"2025-01-01\""));
        await().atMost(Duration.ofSeconds(60)).until(() -> ((Number) search(Map.of("text", "fantomatique")).get("total")).intValue() == 2);
        // behind the index's back: no outbox event
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from profile where id = ?1")
                .setParameter(1, ghost).executeUpdate());
        assertThat(hitIds(search(Map.of("text", "fantomatique")))).doesNotContain((int) ghost);
        // erasure through the API removes the person from the index too
        given().delete("/api/profiles/" + erased).then().statusCode(204);
        await().atMost(Duration.ofSeconds(60)).until(() -> ((Number) search(Map.of("text", "edmee fantomatique")).get("total")).intValue() == 0);
    }
}
