package fr.passerelle.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicPagesTest {

    @Test
    @DisplayName("GET / is public, in French, with the security headers")
    void home_is_public_with_security_headers() {
        given().redirects().follow(false).when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .body(containsString("<html lang=\"fr\""))
                .body(containsString("<title>Accueil — Passerelle</title>"))
                .body(containsString("Se connecter"));
    }

    @Test
    void accessibility_statement_is_public() {
        given().when().get("/accessibilite").then().statusCode(200)
                .body(containsString("partiellement conforme"));
    }

    @Test
    void design_system_assets_are_served_by_the_app() {
        given().when().get("/static/dsfr/dsfr.min.css").then().statusCode(200);
        given().when().get("/static/dsfr/dsfr.module.min.js").then().statusCode(200);
        given().when().get("/static/chartjs/chart.umd.min.js").then().statusCode(200);
    }

    @Test
    @DisplayName("« Trouver mon parcours »: words find skills, chosen skills give métiers with covered and missing skills")
    void path_finder_suggests_skills_then_matches_metiers() {
        given().queryParam("q", "soudure").when().get("/parcours").then().statusCode(200)
                .body(containsString("Compétences trouvées pour « soudure »"))
                .body(containsString("name=\"competences\""));
        String skill = given().queryParam("q", "souder").queryParam("limit", 1).when().get("/api/skills")
                .then().statusCode(200).extract().path("results[0].code").toString();
        given().queryParam("competences", skill).queryParam("cibles", "toutes").when().get("/parcours").then().statusCode(200)
                .body(containsString("Les métiers les plus proches de vos compétences"))
                .body(containsString("Ce que vous savez déjà faire"))
                .body(containsString("À acquérir"));
    }

    @Test
    void path_finder_escapes_what_was_typed() {
        given().queryParam("q", "<script>alert(1)</script>").when().get("/parcours").then().statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void skill_autocomplete_bounds_its_input() {
        given().queryParam("q", "").when().get("/api/skills").then().statusCode(400);
        given().queryParam("q", "soudure").queryParam("limit", 500).when().get("/api/skills").then().statusCode(400);
    }
}
