package fr.passerelle.security;

import fr.passerelle.testsupport.PlanFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/** Links the realm's demo accounts to data of their own, as the demo startup does with the demo population. */
final class AccountFixtures {
    static long formanordOrganisation;
    static long autreOrganisation;
    static long julieProfile;
    static long otherProfile;

    private AccountFixtures() {
    }

    static synchronized void linkDemoAccounts() {
        if (julieProfile != 0) {
            return;
        }
        formanordOrganisation = PlanFixtures.offer(PlanFixtures.LENS, 1, 10, 2, 3000, PlanFixtures.LINE_62).organisationId();
        autreOrganisation = PlanFixtures.offer(PlanFixtures.LENS, 1, 10, 2, 3000, PlanFixtures.LINE_62).organisationId();
        List<Long> people = PlanFixtures.people(2, PlanFixtures.LENS, 30, true);
        julieProfile = people.get(0);
        otherProfile = people.get(1);
        QuarkusTransaction.requiringNew().run(() -> {
            AccountLink.deleteAll();
            AccountLink.forOrganisation("org.formanord", formanordOrganisation).persist();
            AccountLink.forOrganisation("org.autre", autreOrganisation).persist();
            AccountLink.forProfile("julie.demandeuse", julieProfile).persist();
        });
    }
}
