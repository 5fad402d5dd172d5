package fr.passerelle.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.passerelle.security.AccountLink;
import fr.passerelle.testsupport.Browser;
import fr.passerelle.testsupport.LocalComponentsResource;
import fr.passerelle.testsupport.PlanFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each role's main flow in a real headless Chromium, logged in through the real Keycloak form; screenshots land in
 * target/screenshots, and every main page passes an axe-core check with no serious or critical violation.
 */
@QuarkusTest
class BrowserFlowTest {
    static Browser browser;
    static PlanFixtures.Offer formanord;
    static PlanFixtures.Offer autre;
    static List<Long> people;

    @Inject
    EntityManager em;

    @BeforeAll
    static void setUp() {
        browser = Browser.start();
        formanord = PlanFixtures.offer(PlanFixtures.LENS, 2, 6, 2, 3000, PlanFixtures.LINE_62);
        autre = PlanFixtures.offer(PlanFixtures.LENS, 1, 6, 2, 3000, PlanFixtures.LINE_62);
        people = PlanFixtures.people(6, PlanFixtures.LENS, 30, true);
        QuarkusTransaction.requiringNew().run(() -> {
            AccountLink.delete("username in ?1", List.of("org.formanord", "org.autre", "julie.demandeuse"));
            AccountLink.forOrganisation("org.formanord", formanord.organisationId()).persist();
            AccountLink.forOrganisation("org.autre", autre.organisationId()).persist();
            AccountLink.forProfile("julie.demandeuse", people.get(0)).persist();
        });
    }

    @AfterAll
    static void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @DisplayName("anonymous: home and « Trouver mon parcours » with matched métiers, accessible")
    void anonymous_finds_a_path() {
        try (Browser.Session s = browser.session()) {
            s.open("/");
            assertThat(s.page.title()).isEqualTo("Accueil — Passerelle");
            assertAccessible(s, "accueil");
            s.page.click("text=Trouver mon parcours");
            s.page.fill("#q", "soudure");
            s.page.click("button[value=rechercher]");
            s.page.locator("#suggestions-legend").waitFor();
            // the DSFR draws its own box over the input: a person clicks the label
            s.page.locator("label[for^=sugg-]").first().click();
            s.page.click("button[value=voir]");
            assertThat(s.page.locator("#resultats li").count()).isGreaterThan(0);
            assertThat(s.page.content()).contains("Ce que vous savez déjà faire").contains("À acquérir");
            assertAccessible(s, "parcours-public");
            s.open("/accessibilite");
            assertAccessible(s, "accessibilite");
            assertThat(s.consoleErrors).isEmpty();
        }
    }

    @Test
    @DisplayName("organisme: sees its published cohort, and not another organisation's session")
    void organisme_sees_its_published_cohort_only() {
        publishPlanFor(people);
        long placedHere = countEnrolled(formanord.sessionIds());
        try (Browser.Session s = browser.session()) {
            s.logIn("org.formanord");
            assertThat(s.page.url()).endsWith("/organisme/sessions");
            assertThat(s.page.locator("#sessions tbody tr").count()).isEqualTo(formanord.sessionIds().size());
            assertAccessible(s, "organisme-sessions");
            s.open("/organisme/cohortes");
            assertAccessible(s, "organisme-cohortes");
            long withTrainees = s.page.locator("#sessions tbody tr a").count();
            assertThat(withTrainees).isEqualTo(placedHere > 0 ? sessionsWithTrainees(formanord.sessionIds()) : 0);
            s.open("/organisme/sessions/" + formanord.sessionIds().get(0));
            assertThat(s.page.locator("#cohorte tbody tr").count()).isGreaterThan(0);
            assertAccessible(s, "organisme-session");
            var response = s.page.navigate(LocalComponentsResource.appUrl() + "/organisme/sessions/" + autre.sessionIds().get(0));
            assertThat(response.status()).isEqualTo(404);
            assertThat(s.consoleErrors).isEmpty();
        }
    }

    @Test
    @DisplayName("demandeur: sees their paths and the « Pourquoi ? », edits their profile")
    void demandeur_reads_why() {
        try (Browser.Session s = browser.session()) {
            s.logIn("julie.demandeuse");
            assertThat(s.page.url()).endsWith("/moi/parcours");
            assertThat(s.page.locator("#parcours > li").count()).isGreaterThan(0);
            s.page.locator("#parcours summary").first().click();
            assertThat(s.page.locator("#parcours details[open] p").first().textContent()).contains("compétence");
            s.screenshot("demandeur-parcours");
            assertAccessible(s, "demandeur-parcours");
            s.open("/moi/profil");
            s.page.fill("#mobilityRadiusKm", "beaucoup");
            s.page.click("button[value=enregistrer]");
            assertThat(s.page.locator("#radius-error").textContent()).contains("kilomètres");
            assertThat(s.page.inputValue("#mobilityRadiusKm")).isEqualTo("beaucoup");
            s.page.fill("#mobilityRadiusKm", "40");
            s.page.click("button[value=enregistrer]");
            assertThat(s.page.locator(".fr-alert--success").textContent()).contains("enregistré");
            assertAccessible(s, "demandeur-profil");
            // logging out ends the Keycloak session too: the next visit to a personal page asks for the login again
            s.page.click("text=Se déconnecter");
            s.page.waitForURL(url -> url.startsWith(LocalComponentsResource.appUrl()) && java.net.URI.create(url).getPath().equals("/"));
            assertThat(s.page.locator("a[href='/connexion']").first().isVisible()).isTrue();
            s.open("/moi/parcours");
            assertThat(s.page.url()).contains("/protocol/openid-connect/auth");
            assertThat(s.consoleErrors).isEmpty();
        }
    }

    @Test
    @DisplayName("conseiller: dashboard → search → cohort → plan (live progress) → publish")
    void conseiller_plans_and_publishes_a_cohort() {
        List<Long> cohortPeople = PlanFixtures.people(4, PlanFixtures.LENS, 30, true);
        // through the entities, so the outbox carries the change to the index (a native update raced the indexing of
        // the new profiles: when they were indexed first, the search found 0)
        QuarkusTransaction.requiringNew().run(() -> cohortPeople.forEach(id -> {
            fr.passerelle.profile.Profile p = em.find(fr.passerelle.profile.Profile.class, id);
            p.lastName = "Navigateur";
        }));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> org.hibernate.search.mapper.orm.Search.session(em)
                        .search(fr.passerelle.profile.Profile.class)
                        .where(f -> f.match().field("lastName").matching("Navigateur"))
                        .fetchTotalHitCount()) == 4);
        try (Browser.Session s = browser.session()) {
            s.logIn("claire.conseil");
            assertThat(s.page.url()).endsWith("/conseiller");
            s.page.locator("canvas").first().waitFor();
            assertAccessible(s, "conseiller-tableau-de-bord");

            s.page.click("a.fr-nav__link[href='/conseiller/recherche']");
            s.page.fill("#texte", "Navigateur");
            s.page.click("#recherche button[name=page][value='0']");
            assertThat(s.page.locator("#resultats").textContent()).contains("4 personne(s)");
            assertAccessible(s, "conseiller-recherche");
            s.page.fill("#nom", "Cohorte du test navigateur");
            s.page.click("button[formaction='/conseiller/cohortes']");
            s.page.waitForURL(url -> url.matches(".*/conseiller/cohortes/\\d+$"));
            assertAccessible(s, "conseiller-cohorte");

            s.page.click("text=Planifier cette cohorte");
            s.page.fill("#nom", "Plan du test navigateur");
            s.page.fill("#debut", "2027-01-01");
            s.page.click("#nouveau-plan ~ form button[type=submit]");
            s.page.waitForURL(url -> url.matches(".*/conseiller/plans/\\d+$"));
            s.screenshot("conseiller-plan-en-cours");
            // the page follows the solve live and reloads itself when it ends
            s.page.locator("#resultat").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(90_000));
            assertAccessible(s, "conseiller-plan");

            s.page.click("text=Publier…");
            s.page.click("text=Confirmer la publication");
            assertThat(s.page.locator(".fr-alert--success").textContent()).contains("publié");
            s.open("/conseiller/budget");
            assertAccessible(s, "conseiller-budget");
            assertThat(s.consoleErrors).isEmpty();
        }
        assertThat(countEnrolledPeople(cohortPeople)).isGreaterThan(0);
    }

    long countEnrolledPeople(List<Long> profiles) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from enrolment where profile_id in (?1)").setParameter(1, profiles).getSingleResult()).longValue());
    }

    void assertAccessible(Browser.Session s, String name) {
        s.screenshot(name);
        assertThat(s.seriousAccessibilityViolations()).as("axe-core serious/critical violations on " + name).isEmpty();
    }

    static synchronized void publishPlanFor(List<Long> cohortPeople) {
        if (published) {
            return;
        }
        String token = LocalComponentsResource.keycloak().accessToken("claire.conseil");
        long cohort = ((Number) given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Cohorte navigateur", "profileIds", cohortPeople))
                .post("/api/cohorts").then().statusCode(201).extract().path("id")).longValue();
        long plan = ((Number) given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Plan navigateur", "cohortId", cohort, "sessionsFrom", "2027-01-01"))
                .post("/api/plans").then().statusCode(202).extract().path("id")).longValue();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                "DONE".equals(given().auth().oauth2(token).get("/api/plans/" + plan).then().extract().path("scenario.status")));
        given().auth().oauth2(token).post("/api/plans/" + plan + "/publish").then().statusCode(200);
        published = true;
    }

    static boolean published;

    long countEnrolled(List<Long> sessions) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from enrolment where session_id in (?1)").setParameter(1, sessions).getSingleResult()).longValue());
    }

    long sessionsWithTrainees(List<Long> sessions) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(distinct session_id) from enrolment where session_id in (?1)").setParameter(1, sessions).getSingleResult()).longValue());
    }
}
