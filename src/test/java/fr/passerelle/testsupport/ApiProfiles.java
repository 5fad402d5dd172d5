package fr.passerelle.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Profiles created through the JSON API, as a counsellor would (the caller's test security provides the role). */
public final class ApiProfiles {
    private ApiProfiles() {
    }

    /** A profile request: 30 km mobility, available from 2027-02-01; {@code extra} adds JSON fields (",\"a\":1"). */
    public static String json(String kind, String first, String last, String commune, String extra) {
        return """
                {"kind":"%s","firstName":"%s","lastName":"%s","homeCommuneInsee":"%s","mobilityRadiusKm":30,
                 "availableFrom":"2027-02-01"%s}""".formatted(kind, first, last, commune, extra);
    }

    /** POST /api/profiles; the new profile's id. */
    public static long create(String json) {
        return ((Number) given().contentType(ContentType.JSON).body(json).post("/api/profiles").then().statusCode(201)
                .extract().path("id")).longValue();
    }
}
