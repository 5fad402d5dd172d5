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

    static JsonPath search(String query) {
        return given().get("/api/search/metiers?" + query).then().statusCode(200).extract().jsonPath();
    }

    static List<String> codes(String query) {
        return search(query).getList("results.romeCode");
    }

    @BeforeEach
    void indexed() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> search("limit=1").getLong("total") == 1584);
    }

    @Test
    void a_job_name_finds_its_fiche_first() {
        assertThat(codes("q=soudeur").get(0)).isEqualTo("H2913");
        assertThat(codes("q=agent%20de%20tri%20des%20d%C3%A9chets").get(0)).isEqualTo("K2304");
    }

    @Test
    void accents_case_plurals_and_elision_do_not_change_the_hits() {
        List<String> electricien = codes("q=electricien&limit=50");
        assertThat(electricien).isNotEmpty();
        assertThat(codes("q=%C3%89LECTRICIENS&limit=50")).isEqualTo(electricien);
        assertThat(codes("q=soudeurs&limit=50")).isEqualTo(codes("q=soudeur&limit=50"));
        assertThat(codes("q=l%27agent%20de%20tri&limit=50")).isEqualTo(codes("q=agent%20tri&limit=50"));
    }

    @Test
    void appellation_synonyms_join_gender_forms_and_acronyms() throws Exception {
        assertThat(codes("q=soudeuse&limit=50")).isEqualTo(codes("q=soudeur&limit=50"));
        // "Soudeur / Soudeuse Tungsten Inert Gas -TIG-" is an appellation of H2916
        assertThat(codes("q=tig&limit=5")).contains("H2916");
        assertThat(analyze("tig")).contains("tungsten", "inert", "gas");
        assertThat(analyze("conductrices")).contains("conducteur");
    }

    @Test
    void the_filiere_filter_keeps_its_fiches_only() {
        JsonPath r = search("q=tri&filiere=RECYCLAGE&limit=50");
        assertThat(r.getList("results.filiere", String.class)).isNotEmpty().containsOnly("RECYCLAGE");
        assertThat(r.getList("results.romeCode", String.class)).contains("K2304");
    }

    @Test
    void bad_parameters_are_400_with_the_field() {
        given().get("/api/search/metiers?q=" + "x".repeat(101)).then().statusCode(400);
        given().get("/api/search/metiers?limit=0").then().statusCode(400);
        given().get("/api/search/metiers?limit=51").then().statusCode(400);
        given().get("/api/search/metiers?filiere=NUCLEAIRE").then().statusCode(400);
        given().get("/api/search/metiers?limit=abc").then().statusCode(400);
    }

    /** Tokens of the métier search analyzer, as the engine produces them. */
    private String analyze(String text) throws Exception {
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        Request request = new Request("POST", "/metier-read/_analyze");
        request.setJsonEntity("{\"analyzer\":\"metier_search\",\"text\":\"" + text + "\"}");
        return new String(client.performRequest(request).getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
    }
}
