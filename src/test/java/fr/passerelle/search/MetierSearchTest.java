package fr.passerelle.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import jakarta.inject.Inject;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The métiers index against the real engine: the 1,584 ROME fiches, indexed by EmptyIndexGuard after the COPY load. */
@QuarkusTest
class MetierSearchTest {

    @Inject
    SearchMapping mapping;

    /** @param params name, value, name, value... */
    static JsonPath search(Object... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/search/metiers").then().statusCode(200).extract().jsonPath();
    }

    static List<String> codes(String q, int limit) {
        return search("q", q, "limit", limit).getList("results.romeCode");
    }

    static int status(Object... params) {
        var request = given();
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/search/metiers").then().extract().statusCode();
    }

    @BeforeEach
    void indexed() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> search("limit", 1).getLong("total") == 1584);
    }

    @Test
    void a_job_name_finds_its_fiche_first() {
        assertThat(codes("soudeur", 10)).startsWith("H2913");
        assertThat(codes("agent de tri des déchets", 10)).startsWith("K2304");
        // words of a single appellation of H2916 ("Soudeur / Soudeuse Tungsten Inert Gas -TIG-")
        assertThat(codes("soudeur tungsten", 10)).containsExactly("H2916");
    }

    @Test
    void accents_case_plurals_and_elision_do_not_change_the_hits() {
        List<String> electricien = codes("electricien", 50);
        assertThat(electricien).startsWith("F1602", "I1309");
        assertThat(codes("ÉLECTRICIENS", 50)).containsExactlyInAnyOrderElementsOf(electricien);
        assertThat(codes("électricienne", 50)).containsExactlyInAnyOrderElementsOf(electricien);
        assertThat(codes("soudeurs", 50)).containsExactlyInAnyOrderElementsOf(codes("soudeur", 50));
        assertThat(codes("l'agent de tri", 50)).isEqualTo(codes("agent tri", 50)).contains("K2304");
    }

    @Test
    void appellation_synonyms_join_gender_forms_and_acronyms() throws Exception {
        assertThat(codes("batelière", 50)).containsExactlyInAnyOrderElementsOf(codes("batelier", 50)).isNotEmpty();
        assertThat(codes("soudeuse", 50)).containsExactlyInAnyOrderElementsOf(codes("soudeur", 50));
        // "tig" is written out in H2916's label and appellation only: the acronym rule finds it
        assertThat(codes("tig", 5)).containsExactly("H2916");
        assertThat(codes("mag", 50)).containsAll(codes("metal active gas", 50)).contains("H2917");
        assertThat(analyze("tig")).contains("\"tungsten\"", "\"inert\"", "\"gas\"");
        // the stemmer alone makes "batelier" of "batelière" and "bateli" of "batelier": the synonym joins them
        assertThat(analyze("batelière")).contains("\"bateli\"", "\"batelier\"");
    }

    @Test
    void the_filiere_filter_keeps_its_fiches_only() {
        JsonPath r = search("q", "tri", "filiere", "RECYCLAGE", "limit", 50);
        assertThat(r.getList("results.filiere", String.class)).isNotEmpty().containsOnly("RECYCLAGE");
        assertThat(r.getList("results.romeCode", String.class)).contains("K2304");
    }

    @Test
    void bad_parameters_are_400_with_the_field() {
        assertThat(status("q", "x".repeat(101))).isEqualTo(400);
        assertThat(status("limit", 0)).isEqualTo(400);
        assertThat(status("limit", 51)).isEqualTo(400);
        assertThat(status("filiere", "NUCLEAIRE")).isEqualTo(400);
        assertThat(given().queryParam("limit", "abc").get("/api/search/metiers").then().statusCode(400).extract()
                .jsonPath().getList("errors.field")).containsExactly("limit");
    }

    /** Tokens of the métier search analyzer, as the engine produces them. */
    private String analyze(String text) throws Exception {
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        Request request = new Request("POST", "/metier-read/_analyze");
        request.setJsonEntity("{\"analyzer\":\"metier_search\",\"text\":\"" + text + "\"}");
        return new String(client.performRequest(request).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
    }
}
