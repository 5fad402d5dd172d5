package fr.passerelle.demo;

import io.quarkus.test.security.TestSecurity;
import fr.passerelle.profile.ProfileKind;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
// Feature tests act as a counsellor; the route × role table (security/RouteAccessTest) checks every role for real.
@TestSecurity(user = "conseil.test", roles = "conseiller")
class DemoPopulationGeneratorTest {

    @Inject
    DemoReferenceRepository repository;

    DemoReference reference;

    @BeforeEach
    void load() {
        if (reference == null) {
            reference = repository.load();
        }
    }

    static List<String> fingerprint(Iterator<DemoPerson> people) {
        List<String> out = new ArrayList<>();
        people.forEachRemaining(p -> out.add(p.toString().replaceAll("\\[I@[0-9a-f]+", "")
                + p.skills().stream().map(Arrays::toString).collect(Collectors.joining())));
        return out;
    }

    @Test
    void the_same_seed_gives_the_same_people_and_offer() {
        var a = new DemoPopulationGenerator(reference, 42);
        var b = new DemoPopulationGenerator(reference, 42);
        assertThat(fingerprint(a.people(3000))).isEqualTo(fingerprint(b.people(3000)));
        assertThat(a.offer(300)).isEqualTo(b.offer(300));
    }

    @Test
    void another_seed_gives_other_people() {
        assertThat(fingerprint(new DemoPopulationGenerator(reference, 1).people(500)))
                .isNotEqualTo(fingerprint(new DemoPopulationGenerator(reference, 2).people(500)));
    }

    @Test
    void the_people_are_plausible_and_synthetic() {
        Set<String> communes = reference.communes().stream().map(DemoReference.CommunePoint::insee).collect(Collectors.toSet());
        List<DemoPerson> people = new ArrayList<>();
        new DemoPopulationGenerator(reference, 7).people(5000).forEachRemaining(people::add);
        assertThat(people).allSatisfy(p -> {
            assertThat(communes).contains(p.homeCommuneInsee());
            assertThat(p.email()).endsWith("@example.org");
            if (p.kind() == ProfileKind.WORKER) {
                assertThat(p.originNafDivision()).isIn("20", "23", "24");
                assertThat(p.employer()).isNotBlank();
            } else {
                assertThat(p.jobseekerSince()).isNotNull();
            }
        });
        long workers = people.stream().filter(p -> p.kind() == ProfileKind.WORKER).count();
        assertThat(workers).isBetween(1200L, 1800L);
        assertThat(people.stream().filter(p -> !p.skills().isEmpty()).count()).isGreaterThan(4500L);
    }

    @Test
    void sessions_are_coherent_and_sit_where_their_filiere_is() {
        DemoOffer offer = new DemoPopulationGenerator(reference, 7).offer(300);
        Set<String> lines = reference.budgetLines().stream().map(DemoReference.BudgetLineRef::code).collect(Collectors.toSet());
        assertThat(offer.sessions()).hasSize(300).allSatisfy(s -> {
            assertThat(s.minCohort()).isBetween(1, s.capacity());
            assertThat(s.end()).isAfter(s.start());
            assertThat(s.costPerTraineeEur()).isBetween(2000, 20000);
            assertThat(lines).contains(s.budgetLineCode());
        });
        assertThat(offer.organisations().stream().map(DemoOffer.Organisation::siret)).doesNotHaveDuplicates()
                .allSatisfy(siret -> assertThat(siret).matches("\\d{14}"));
    }
}
