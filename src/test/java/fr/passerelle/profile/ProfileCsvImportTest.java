package fr.passerelle.profile;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class ProfileCsvImportTest {

    static final String HEADER = String.join(",", ProfileCsvImport.COLUMNS) + "\n";
    static final String GOOD_JOBSEEKER = "JOBSEEKER,Camille,Lefebvre,camille.lefebvre@example.org,F,1990-04-02,,,K2304,62498,30,2027-02-01,2025-06-01,RECYCLAGE,2026-10-01,100007:2|100023:1,BASSIN_MINIER_DE|DELD\n";
    static final String GOOD_WORKER = "WORKER,Karim,Dupont,,M,1975-09-15,24,\"Aciérie du Littoral, Dunkerque\",H2913,59183,40,2027-03-01,,HYDROGENE,2026-10-01,,SALARIE_SECTEUR_POLLUANT\n";

    long profiles() {
        return Long.parseLong(given().get("/api/profiles?size=1").then().extract().path("total").toString());
    }

    @Test
    void a_valid_file_is_imported_whole() {
        long before = profiles();
        given().contentType("text/csv").body(HEADER + GOOD_JOBSEEKER + GOOD_WORKER)
                .post("/api/profiles/import").then().statusCode(201).body("imported", equalTo(2));
        assertThat(profiles()).isEqualTo(before + 2);
    }

    @Test
    @DisplayName("one bad line rejects the file with its line number and field, and nothing is written")
    void one_bad_line_rejects_the_whole_file() {
        long before = profiles();
        String badCommune = GOOD_JOBSEEKER.replace(",62498,", ",75056,");
        given().contentType("text/csv").body(HEADER + GOOD_JOBSEEKER + GOOD_WORKER + badCommune + GOOD_JOBSEEKER)
                .post("/api/profiles/import").then().statusCode(400)
                .body("errors[0].line", equalTo(4))
                .body("errors[0].field", equalTo("home_commune_insee"));
        assertThat(profiles()).isEqualTo(before);
    }

    @Test
    void every_bad_value_of_a_line_is_reported() {
        String bad = "JOBSEEKER,Camille,Lefebvre,x,Z,1990-13-02,,,K2304,62498,loin,2027-02-01,,,,,\n";
        given().contentType("text/csv").body(HEADER + bad).post("/api/profiles/import").then().statusCode(400)
                .body("errors.field", hasItem("birth_date"))
                .body("errors.field", hasItem("mobility_radius_km"))
                .body("errors.line", hasItem(2));
    }

    @Test
    void a_wrong_header_or_a_ragged_line_is_refused() {
        given().contentType("text/csv").body("nom,prenom\nA,B\n").post("/api/profiles/import").then().statusCode(400)
                .body("errors[0].line", equalTo(1));
        given().contentType("text/csv").body(HEADER + GOOD_JOBSEEKER + "JOBSEEKER,Camille\n")
                .post("/api/profiles/import").then().statusCode(400).body("errors[0].line", equalTo(3));
    }
}
