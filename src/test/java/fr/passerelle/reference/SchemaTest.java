package fr.passerelle.reference;

import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The app started on a clean database: Flyway built the schema and Hibernate validated the entities against it. */
@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class SchemaTest {

    @Inject
    Flyway flyway;

    @Test
    void every_migration_is_applied_and_none_pending() {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
