package fr.passerelle.web.conseiller;

import fr.passerelle.testsupport.ApiProfiles;
import fr.passerelle.testsupport.PlanFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** The counsellor's pages on the real database, search engine and solver. */
@QuarkusTest
// Feature tests act as a counsellor; the route × role table checks every role for real (and CSRF with a session).
@TestSecurity(user = "conseil.test", roles = "conseiller")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConseillerPagesTest {

    @Inject
    EntityManager em;

    final Map<String, Long> ids = new HashMap<>();

    long create(String key, String json) {
        long id = ApiProfiles.create(json);
        ids.put(key, id);
        return id;
    }

    static int indexed(String text) {
        return ((Number) given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/api/search/profiles")
                .then().statusCode(200).extract().path("total")).intValue();
    }

    long audits(String action, String subjectType, long subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where action = ?1 and subject_type = ?2 and subject_id = ?3 and actor = 'conseil.test'")
                .setParameter(1, action).setParameter(2, subjectType).setParameter(3, Long.toString(subject))
                .getSingleResult()).longValue());
    }

    static long idFrom(String location) {
        return Long.parseLong(location.replaceAll(".*/(\\d+).*", "$1"));
    }

    /** RGAA basics a string can check: one h1, and a label for every visible field. */
    static String accessible(String html) {
        assertThat(html.split("<h1").length - 1).as("one h1").isEqualTo(1);
        Matcher field = Pattern.compile("<(input|select|textarea)\\b([^>]*)>").matcher(html);
        while (field.find()) {
            String attributes = field.group(2);
            if (attributes.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(attributes);
            assertThat(id.find()).as("a field without id: " + field.group()).isTrue();
            assertThat(html).as("a label for " + id.group(1)).contains("for=\"" + id.group(1) + "\"");
        }
        assertThat(html).doesNotContain("style=");
        return html;
    }

    @BeforeEach
    void sample() {
        if (!ids.isEmpty()) {
            return;
        }
        create("recyclage", ApiProfiles.json("JOBSEEKER", "Amandine", "Pagesconseil", "62498",
                ",\"jobseekerSince\":\"2024-01-01\",\"wishedFiliere\":\"RECYCLAGE\",\"skills\":[{\"code\":100007,\"level\":2}],\"priorityGroups\":[\"DELD\"]"));
        create("batteries", ApiProfiles.json("WORKER", "Bastien", "Pagesconseil", "62498",
                ",\"originNafDivision\":\"24\",\"wishedFiliere\":\"BATTERIES\""));
        create("script", ApiProfiles.json("WORKER", "<script>alert(1)</script>", "Pagesconseil", "59183",
                ",\"originNafDivision\":\"20\",\"wishedFiliere\":\"HYDROGENE\",\"skills\":[{\"code\":100007,\"level\":3}]"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> indexed("pagesconseil") == 3);
    }

    @Test
    @DisplayName("GET /conseiller shows the 18 budget lines, charts' data blocks and a table under each chart")
    void dashboard_shows_budget_lines_charts_and_tables() {
        String html = given().get("/conseiller").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<title>Tableau de bord — Passerelle</title>"))
                .body(containsString("FTJ-DREETS-A1-2027-62"))
                .body(containsString("<script type=\"application/json\" id=\"budget-data\">"))
                .body(containsString("<script src=\"/static/js/dashboard.js\" defer></script>"))
                .body(containsString("Personnes repérées, placées et en attente par bassin d'emploi"))
                .extract().asString();
        assertThat(html.split("<h1").length - 1).isEqualTo(1);
        assertThat(html.split("<caption>").length - 1).isEqualTo(3);
        assertThat(html.split("<th scope=\"row\" class=\"nowrap\">FTJ-DREETS-").length - 1).isEqualTo(18);
        assertThat(html).doesNotContain("style=").doesNotContain("onclick");
        given().get("/static/js/dashboard.js").then().statusCode(200);
    }

    @Test
    @DisplayName("POST /conseiller/recherche filters, counts facets and escapes names; bad input is a 400 page")
    void search_filters_counts_facets_and_escapes() {
        String all = given().contentType(ContentType.URLENC).formParam("texte", "pagesconseil")
                .post("/conseiller/recherche").then().statusCode(200)
                .body(containsString("3 personne(s) trouvée(s)"))
                .body(containsString("Filière souhaitée"))
                .body(containsString("Recyclage et économie circulaire : <strong>1</strong>"))
                .body(containsString("Salarié : <strong>2</strong>"))
                .extract().asString();
        assertThat(accessible(all)).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        given().contentType(ContentType.URLENC).formParam("texte", "pagesconseil").formParam("filiere", "RECYCLAGE")
                .formParam("commune", "Lens").formParam("rayon", "10")
                .post("/conseiller/recherche").then().statusCode(200)
                .body(containsString("1 personne(s) trouvée(s)"))
                .body(containsString("/conseiller/profils/" + ids.get("recyclage")))
                .body(not(containsString("/conseiller/profils/" + ids.get("batteries") + "\"")));
        given().contentType(ContentType.URLENC).formParam("texte", "pagesconseil").formParam("commune", "Lens")
                .formParam("rayon", "999").post("/conseiller/recherche").then().statusCode(400)
                .body(containsString("id=\"rayon-erreur\">La distance est un nombre entier de kilomètres entre 1 et 300."))
                .body(containsString("value=\"999\""));
        given().get("/conseiller/recherche").then().statusCode(200).body(containsString("<h1>Recherche de profils</h1>"));
    }

    @Test
    @DisplayName("POST /conseiller/cohortes saves the result set, 303 to the cohort; its CSV export is audited")
    void saving_a_cohort_then_exporting_it() {
        given().contentType(ContentType.URLENC).formParam("texte", "pagesconseil").formParam("nom", " ")
                .post("/conseiller/cohortes").then().statusCode(400)
                .body(containsString("id=\"nom-erreur\">Donnez un nom à la cohorte."));
        String location = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("texte", "pagesconseil").formParam("nom", "Cohorte des pages")
                .post("/conseiller/cohortes").then().statusCode(303)
                .header("Location", matchesPattern(".*/conseiller/cohortes/\\d+")).extract().header("Location");
        long cohort = idFrom(location);
        accessible(given().get("/conseiller/cohortes/" + cohort).then().statusCode(200)
                .body(containsString("Cohorte « Cohorte des pages »"))
                .body(containsString("3 personne(s)"))
                .body(containsString("/conseiller/profils/" + ids.get("batteries"))).extract().asString());
        // a bad page number is the first page, never an error
        given().get("/conseiller/cohortes/" + cohort + "?page=abc").then().statusCode(200).body(containsString("page 1 sur 1"));
        given().get("/conseiller/cohortes/" + cohort + "?page=-3").then().statusCode(200).body(containsString("page 1 sur 1"));
        // only the ticked people
        String ticked = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("texte", "pagesconseil").formParam("nom", "Deux cochés")
                .formParam("personnes", ids.get("recyclage")).formParam("personnes", ids.get("batteries"))
                .post("/conseiller/cohortes").then().statusCode(303).extract().header("Location");
        given().get("/conseiller/cohortes/" + idFrom(ticked)).then().statusCode(200).body(containsString("2 personne(s)"));

        Response csv = given().get("/conseiller/cohortes/" + cohort + ".csv");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"cohorte-" + cohort + ".csv\"");
        String body = csv.asString();
        assertThat(body.lines().findFirst().orElseThrow()).endsWith("id;nom;prenom;statut;commune_insee;commune;filiere_souhaitee;inscrit");
        assertThat(body.lines().count()).isEqualTo(4);
        assertThat(audits("EXPORT_COHORT", "cohort", cohort)).isEqualTo(1);
        given().get("/conseiller/cohortes/999999999").then().statusCode(404);
    }

    @Test
    @DisplayName("GET /conseiller/profils/{id} shows skills, paths with covered and missing skills, history; audited")
    void profile_page_shows_paths_and_is_audited() {
        long id = ids.get("script");
        String html = given().get("/conseiller/profils/" + id).then().statusCode(200)
                .body(containsString("Métiers et parcours proposés"))
                .body(containsString("Compétences acquises"))
                .body(containsString("Compétences manquantes"))
                .body(containsString("Inscriptions en session"))
                .body(containsString("Techniques de soudage"))
                .body(containsString("Sessions qui intéressent la personne"))
                .extract().asString();
        assertThat(accessible(html)).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(audits("READ_PROFILE", "profile", id)).isEqualTo(1);
        given().get("/conseiller/profils/999999999").then().statusCode(404);
    }

    @Test
    @DisplayName("POST /conseiller/profils/{id}/effacer after its confirmation page erases the person")
    void erasing_a_person_after_confirmation() {
        long id = create("erase", ApiProfiles.json("JOBSEEKER", "Effie", "Effacementpage", "62498", ",\"jobseekerSince\":\"2025-01-01\""));
        given().get("/conseiller/profils/" + id + "/effacer").then().statusCode(200)
                .body(containsString("Confirmer l'effacement"))
                .body(containsString("name=\"csrf-token\""));
        given().redirects().follow(false).contentType(ContentType.URLENC).post("/conseiller/profils/" + id + "/effacer")
                .then().statusCode(303).header("Location", containsString("/conseiller/recherche?message=efface"));
        given().get("/conseiller/profils/" + id).then().statusCode(404);
        assertThat(audits("ERASE_PROFILE", "profile", id)).isEqualTo(1);
        given().get("/conseiller/recherche?message=efface").then().statusCode(200).body(containsString("Le dossier de la personne est effacé"));
    }

    @Test
    @DisplayName("budget: a bad amount is a 400 page with the message next to the field and what was typed; success is 303")
    void budget_edit_errors_and_success() {
        String code = "FTJ-DREETS-A3-2025-59";
        long amount = ((Number) given().get("/api/budget/lines").then().statusCode(200).extract()
                .path("lines.find { it.code == '" + code + "' }.amountEur")).longValue();
        given().contentType(ContentType.URLENC).formParam("montant", "douze euros").post("/conseiller/budget/" + code)
                .then().statusCode(400)
                .body(containsString("id=\"montant-" + code + "-erreur\">Le montant doit être un nombre entier d&#39;euros"))
                .body(containsString("value=\"douze euros\""));
        given().contentType(ContentType.URLENC).formParam("montant", "97 639 506").post("/conseiller/budget/" + code)
                .then().statusCode(400)
                .body(containsString("Ce montant dépasse l&#39;enveloppe de 97 639 506 €"))
                .body(containsString("value=\"97 639 506\""));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("montant", Long.toString(amount))
                .post("/conseiller/budget/" + code).then().statusCode(303)
                .header("Location", containsString("/conseiller/budget?message=enregistre"));
        accessible(given().get("/conseiller/budget?message=enregistre").then().statusCode(200)
                .body(containsString("Le montant de la ligne est enregistré."))
                .body(containsString("for=\"montant-" + code + "\"")).extract().asString());
        given().get("/conseiller/budget?message=<b>x</b>").then().statusCode(200).body(not(containsString("<b>x</b>")));
    }

    @Test
    @DisplayName("plans: start → live progress → results, pin, compare, CSV, re-plan, publish")
    void a_plan_from_start_to_publication() {
        PlanFixtures.offer(PlanFixtures.LENS, 2, 4, 2, 4000, PlanFixtures.LINE_62);
        List<Long> people = PlanFixtures.people(6, PlanFixtures.LENS, 30, true);
        long cohort = ((Number) given().contentType(ContentType.JSON).body(Map.of("name", "Cohorte plan pages", "profileIds", people))
                .post("/api/cohorts").then().statusCode(201).extract().path("id")).longValue();

        given().contentType(ContentType.URLENC).formParam("nom", "x").formParam("cohorte", "")
                .formParam("debut", "32/13/2027").post("/conseiller/plans").then().statusCode(400)
                .body(containsString("id=\"cohorte-erreur\">Choisissez une cohorte enregistrée."))
                .body(containsString("id=\"debut-erreur\">"));
        String location = given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("nom", "Plan des pages").formParam("cohorte", cohort).formParam("debut", "2027-01-01")
                .post("/conseiller/plans").then().statusCode(303).extract().header("Location");
        long plan = idFrom(location);
        String running = given().get("/conseiller/plans/" + plan).then().statusCode(200).extract().asString();
        if (!running.contains("Résultat")) {
            assertThat(running).contains("data-plan-progress=\"/api/plans/" + plan + "/progress\"")
                    .contains("/static/js/plan-progress.js").contains(">Actualiser</a>");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                "DONE".equals(given().get("/api/plans/" + plan).then().extract().path("scenario.status")));
        String done = given().get("/conseiller/plans/" + plan).then().statusCode(200)
                .body(containsString("Personnes placées par session"))
                .body(containsString("Budget par ligne dans ce plan"))
                .body(containsString("Personnes non placées et pourquoi"))
                .body(containsString(PlanFixtures.LINE_62))
                .extract().asString();
        assertThat(accessible(done)).doesNotContain("data-plan-progress");
        accessible(given().get("/conseiller/plans?page=zz").then().statusCode(200).body(containsString("Plan des pages")).extract().asString());

        // pin the first placed person in their session
        String candidate = done.replaceAll("(?s).*name=\"candidat\" value=\"(P\\d+)\".*", "$1");
        String session = done.replaceAll("(?s).*name=\"candidat\" value=\"" + candidate + "\">\\s*<input type=\"hidden\" name=\"session\" value=\"(S\\d+)\".*", "$1");
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("candidat", candidate)
                .formParam("session", session).formParam("action", "epingler")
                .post("/conseiller/plans/" + plan + "/epingles").then().statusCode(303);
        given().get("/conseiller/plans/" + plan + "?message=epingle").then().statusCode(200)
                .body(containsString("L&#39;épingle est posée")).body(containsString("Désépingler"));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("candidat", candidate)
                .formParam("action", "desepingler").post("/conseiller/plans/" + plan + "/epingles").then().statusCode(303);
        given().get("/conseiller/plans/" + plan).then().statusCode(200).body(not(containsString("Désépingler")));
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("candidat", candidate)
                .formParam("session", session).formParam("action", "epingler")
                .post("/conseiller/plans/" + plan + "/epingles").then().statusCode(303);
        // stopping a finished plan changes nothing
        given().redirects().follow(false).contentType(ContentType.URLENC).post("/conseiller/plans/" + plan + "/arreter")
                .then().statusCode(303);
        given().redirects().follow(false).contentType(ContentType.URLENC).formParam("candidat", "P0")
                .formParam("action", "desepingler").post("/conseiller/plans/" + plan + "/epingles").then().statusCode(409);

        Response csv = given().get("/conseiller/plans/" + plan + ".csv");
        csv.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", "attachment; filename=\"plan-" + plan + ".csv\"");
        assertThat(csv.asString().lines().findFirst().orElseThrow()).endsWith("candidat;profil_id;nom;prenom;session;formation;debut;epingle;raison_non_placement");
        assertThat(csv.asString().lines().count()).isEqualTo(7);

        String replan = given().redirects().follow(false).contentType(ContentType.URLENC)
                .post("/conseiller/plans/" + plan + "/replanifier").then().statusCode(303).extract().header("Location");
        long child = idFrom(replan);
        accessible(given().get("/conseiller/plans/comparer?a=" + plan + "&b=" + child).then().statusCode(200)
                .body(containsString("Les deux plans côte à côte")).extract().asString());
        given().get("/conseiller/plans/comparer?a=" + plan + "&b=abc").then().statusCode(400)
                .body(containsString("id=\"b-erreur\">Choisissez un plan dans la liste."));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                "DONE".equals(given().get("/api/plans/" + child).then().extract().path("scenario.status")));

        given().get("/conseiller/plans/" + child + "/publier").then().statusCode(200).body(containsString("Confirmer la publication"));
        given().redirects().follow(false).contentType(ContentType.URLENC).post("/conseiller/plans/" + child + "/publier")
                .then().statusCode(303).header("Location", containsString("message=publie"));
        given().get("/conseiller/plans/" + child + "?message=publie").then().statusCode(200).body(containsString("Le plan est publié"));
        assertThat(audits("PUBLISH_PLAN", "plan", child)).isEqualTo(1);
        // a second publication is refused with a page, not a 500
        given().contentType(ContentType.URLENC).post("/conseiller/plans/" + child + "/publier").then().statusCode(409)
                .body(containsString("Le plan n&#39;a pas été publié"));
    }
}
