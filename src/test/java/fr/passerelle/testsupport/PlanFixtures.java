package fr.passerelle.testsupport;

import fr.passerelle.profile.Profile;
import fr.passerelle.profile.ProfileKind;
import fr.passerelle.profile.ProfileSkill;
import fr.passerelle.training.TrainingOrganisation;
import fr.passerelle.training.TrainingProgramme;
import fr.passerelle.training.TrainingSession;
import fr.passerelle.training.TrainingSite;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Small real offers and people written in the test database, each call with its own organisation. */
public final class PlanFixtures {

    private static final AtomicLong SIRET = new AtomicLong(90_000_000_000_000L + (System.nanoTime() % 1_000_000_000L));
    public static final String LENS = "62498";
    public static final String LINE_62 = "FTJ-DREETS-A1-2027-62";
    /** Two ROME items of the recycling sorting fiche (K2304). */
    public static final List<Integer> TAUGHT = List.of(100007, 100023);

    public record Offer(long organisationId, long siteId, long programmeId, List<Long> sessionIds) {
    }

    private PlanFixtures() {
    }

    public static Offer offer(String communeInsee, int sessions, int capacity, int minCohort, int cost, String line) {
        return offer(communeInsee, "Agent de tri - test", "K2304", TAUGHT, LocalDate.of(2027, 3, 1), sessions, capacity,
                minCohort, cost, line);
    }

    /** Sessions a week apart from {@code firstStart}, of one programme toward {@code romeCode}. */
    public static Offer offer(String communeInsee, String title, String romeCode, List<Integer> taught,
                              LocalDate firstStart, int sessions, int capacity, int minCohort, int cost, String line) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TrainingOrganisation o = new TrainingOrganisation();
            o.name = "Organisme de test " + SIRET.get();
            o.siret = Long.toString(SIRET.incrementAndGet());
            o.persist();
            TrainingSite site = new TrainingSite();
            site.organisation = o;
            site.name = "Site de test";
            site.communeInsee = communeInsee;
            site.persist();
            TrainingProgramme p = new TrainingProgramme();
            p.organisation = o;
            p.title = title;
            p.targetRomeCode = romeCode;
            p.hours = 350;
            p.skillsTaught.addAll(taught);
            p.persist();
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                TrainingSession s = new TrainingSession();
                s.programme = p;
                s.site = site;
                s.startDate = firstStart.plusWeeks(i);
                s.endDate = s.startDate.plusWeeks(12);
                s.capacity = capacity;
                s.minCohort = minCohort;
                s.costPerTraineeEur = cost;
                s.budgetLineCode = line;
                s.persist();
                ids.add(s.id);
            }
            return new Offer(o.id, site.id, p.id, ids);
        });
    }

    public static List<Long> people(int count, String communeInsee, int radiusKm, boolean withSkills) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Profile p = new Profile();
                p.kind = ProfileKind.JOBSEEKER;
                p.firstName = "Test";
                p.lastName = "Personne" + i;
                p.email = "test." + i + "@example.org";
                p.homeCommuneInsee = communeInsee;
                p.mobilityRadiusKm = radiusKm;
                p.availableFrom = LocalDate.of(2027, 1, 1);
                p.jobseekerSince = LocalDate.of(2025, 1, 1);
                p.createdAt = Instant.now();
                p.updatedAt = p.createdAt;
                if (withSkills && i % 2 == 0) {
                    p.skills.add(new ProfileSkill(TAUGHT.get(0), 2));
                }
                if (i % 3 == 0) {
                    p.priorityGroups.add("DELD");
                }
                p.persist();
                ids.add(p.id);
            }
            return ids;
        });
    }
}
