package fr.passerelle.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.testsupport.BrowserlessLogin;
import fr.passerelle.testsupport.LocalComponentsResource;
import fr.passerelle.testsupport.PlanFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Object-level access with real logins: each organisation sees its own sessions, each person their own file. */
@QuarkusTest
class ObjectAccessTest {
    static long formanordSession;
    static long autreSession;

    @Inject
    EntityManager em;

    @BeforeAll
    static void data() {
        AccountFixtures.linkDemoAccounts();
        formanordSession = sessionOf(AccountFixtures.formanordOrganisation);
        autreSession = sessionOf(AccountFixtures.autreOrganisation);
    }

    @Nested
    class Organisme {
        final BrowserlessLogin org = BrowserlessLogin.as("org.formanord");

        @Test
        @DisplayName("GET /organisme/sessions/{id} of another organisation returns 404")
        void another_organisations_session_is_not_found() {
            assertThat(org.get("/organisme/sessions/" + formanordSession).statusCode()).isEqualTo(200);
            assertThat(org.get("/organisme/sessions/" + autreSession).statusCode()).isEqualTo(404);
            assertThat(org.get("/organisme/sessions/" + autreSession + "/cohorte.csv").statusCode()).isEqualTo(404);
            assertThat(org.postForm("/organisme/sessions/" + autreSession + "/capacite", Map.of("capacity", "12"), true).statusCode())
                    .isEqualTo(404);
        }

        @Test
        void my_sessions_list_only_my_sessions() {
            String page = org.get("/organisme/sessions").body();
            assertThat(page).contains("/organisme/sessions/" + formanordSession + "\"")
                    .doesNotContain("/organisme/sessions/" + autreSession + "\"");
        }

        @Test
        @DisplayName("a capacity form without the CSRF token is refused and changes nothing")
        void capacity_change_needs_the_csrf_token() {
            int before = capacity(formanordSession);
            HttpResponse<String> refused = org.postForm("/organisme/sessions/" + formanordSession + "/capacite",
                    Map.of("capacity", Integer.toString(before + 5)), false);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(capacity(formanordSession)).isEqualTo(before);

            HttpResponse<String> done = org.postForm("/organisme/sessions/" + formanordSession + "/capacite",
                    Map.of("capacity", Integer.toString(before + 5)), true);
            assertThat(done.statusCode()).isEqualTo(303);
            assertThat(capacity(formanordSession)).isEqualTo(before + 5);
        }

        @Test
        void a_bad_capacity_shows_a_french_message_next_to_the_field_and_keeps_what_was_typed() {
            HttpResponse<String> r = org.postForm("/organisme/sessions/" + formanordSession + "/capacite", Map.of("capacity", "douze"), true);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("id=\"capacity-error\"").contains("Indiquez un nombre entier de places")
                    .contains("value=\"douze\"");
            HttpResponse<String> tooSmall = org.postForm("/organisme/sessions/" + formanordSession + "/capacite", Map.of("capacity", "1"), true);
            assertThat(tooSmall.statusCode()).isEqualTo(400);
            assertThat(tooSmall.body()).contains("cohorte minimale");
        }

        @Test
        @DisplayName("a trainee named <script> is shown as text; the organisation never sees status or birth date")
        void allocated_trainees_are_escaped_and_minimal() {
            long person = PlanFixtures.people(1, PlanFixtures.LENS, 30, true).get(0);
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("update profile set last_name = '<script>alert(1)</script>', birth_date = date '1971-03-14' where id = ?1")
                        .setParameter(1, person).executeUpdate();
                em.createNativeQuery("""
                        insert into enrolment (session_id, profile_id, budget_line_code, cost_eur, created_at)
                        select id, ?1, budget_line_code, cost_per_trainee_eur, now() from training_session where id = ?2""")
                        .setParameter(1, person).setParameter(2, formanordSession).executeUpdate();
            });
            String page = org.get("/organisme/sessions/" + formanordSession).body();
            assertThat(page).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("1971").doesNotContain("14/03").doesNotContain("DELD").doesNotContain("JOBSEEKER");
            HttpResponse<String> csv = org.get("/organisme/sessions/" + formanordSession + "/cohorte.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.body()).contains("nom;prenom;email;commune;affecte_le").doesNotContain("1971");
            assertThat(org.get("/organisme/cohortes").body()).contains("/organisme/sessions/" + formanordSession + "\"");
        }
    }

    @Nested
    class Demandeur {
        @Test
        @DisplayName("GET /api/profiles/{id} of another person returns 404 to a demandeur, 200 for their own")
        void a_person_reads_only_their_own_file() throws Exception {
            String token = LocalComponentsResource.keycloak().accessToken("julie.demandeuse");
            assertThat(api("/api/profiles/" + AccountFixtures.julieProfile, token)).isEqualTo(200);
            assertThat(api("/api/profiles/" + AccountFixtures.otherProfile, token)).isEqualTo(404);
            assertThat(api("/api/profiles/" + AccountFixtures.julieProfile + "/paths", token)).isEqualTo(200);
            assertThat(api("/api/profiles/" + AccountFixtures.otherProfile + "/paths", token)).isEqualTo(404);
        }

        @Test
        void my_pages_are_not_cached_and_show_my_paths() {
            BrowserlessLogin julie = BrowserlessLogin.as("julie.demandeuse");
            HttpResponse<String> profile = julie.get("/moi/profil");
            assertThat(profile.statusCode()).isEqualTo(200);
            assertThat(profile.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(julie.get("/moi/parcours").body()).contains("Mes parcours").contains("Pourquoi ?");
        }

        @Test
        void a_bad_profile_form_keeps_what_was_typed_with_messages_next_to_the_fields() {
            BrowserlessLogin julie = BrowserlessLogin.as("julie.demandeuse");
            HttpResponse<String> r = julie.postForm("/moi/profil", Map.of("mobilityRadiusKm", "loin", "availableFrom", "demain",
                    "action", "enregistrer"), true);
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("id=\"radius-error\"").contains("value=\"loin\"")
                    .contains("id=\"available-error\"").contains("value=\"demain\"");
        }

        @Test
        void a_person_updates_mobility_and_says_a_session_interests_them() {
            BrowserlessLogin julie = BrowserlessLogin.as("julie.demandeuse");
            HttpResponse<String> saved = julie.postForm("/moi/profil", Map.of("mobilityRadiusKm", "45", "availableFrom", "2027-02-01",
                    "competences", Integer.toString(PlanFixtures.TAUGHT.get(0)), "consent", "on", "action", "enregistrer"), true);
            assertThat(saved.statusCode()).isEqualTo(303);
            assertThat(((Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select mobility_radius_km from profile where id = ?1").setParameter(1, AccountFixtures.julieProfile)
                    .getSingleResult())).intValue()).isEqualTo(45);
            assertThat(julie.postForm("/moi/sessions/" + formanordSession + "/interet", Map.of(), true).statusCode()).isEqualTo(303);
            assertThat(julie.get("/moi/parcours").body()).contains("Les sessions qui vous intéressent");
        }
    }

    @Test
    @DisplayName("opening a person's file writes an audit row: who, what, when, and no profile field")
    void reading_a_file_is_audited() throws Exception {
        String token = LocalComponentsResource.keycloak().accessToken("claire.conseil");
        assertThat(api("/api/profiles/" + AccountFixtures.otherProfile, token)).isEqualTo(200);
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select actor, actor_role, action, subject_id from audit_event where subject_type = 'profile' and subject_id = ?1")
                .setParameter(1, Long.toString(AccountFixtures.otherProfile)).getResultList());
        assertThat(rows).anySatisfy(r -> {
            assertThat(r[0]).isEqualTo("claire.conseil");
            assertThat(r[1]).isEqualTo("conseiller");
            assertThat(r[2]).isEqualTo("READ_PROFILE");
        });
    }

    static int api(String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(LocalComponentsResource.appUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    int capacity(long session) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select capacity from training_session where id = ?1").setParameter(1, session).getSingleResult()).intValue());
    }

    static long sessionOf(long organisation) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) io.quarkus.arc.Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select s.id from training_session s join training_programme p on p.id = s.programme_id where p.organisation_id = ?1 limit 1")
                .setParameter(1, organisation).getSingleResult()).longValue());
    }
}
