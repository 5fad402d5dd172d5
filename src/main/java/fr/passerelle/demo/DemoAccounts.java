package fr.passerelle.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Links the demo realm's accounts (src/main/keycloak/passerelle-realm.json) to the demo population: the two
 * organisme accounts to the two organisations with the most sessions, the two demandeur accounts to the first
 * jobseeker and the first employee. Deterministic, because the population is; done once.
 */
@ApplicationScoped
public class DemoAccounts {
    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    private final EntityManager em;

    public DemoAccounts(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void link() {
        if (((Number) em.createNativeQuery("select count(*) from account_link").getSingleResult()).longValue() > 0) {
            return;
        }
        int organisations = em.createNativeQuery("""
                insert into account_link (username, organisation_id)
                select u.username, o.id from (
                    select p.organisation_id id, row_number() over (order by count(*) desc, p.organisation_id) rank
                    from training_session s join training_programme p on p.id = s.programme_id
                    group by p.organisation_id) o
                join (values ('org.formanord', 1), ('org.autre', 2)) u (username, rank) on u.rank = o.rank""").executeUpdate();
        int people = em.createNativeQuery("""
                insert into account_link (username, profile_id)
                select u.username, (select min(id) from profile where kind = u.kind)
                from (values ('julie.demandeuse', 'JOBSEEKER'), ('marc.demandeur', 'WORKER')) u (username, kind)
                where exists (select 1 from profile where kind = u.kind)""").executeUpdate();
        LOG.infof("Demo accounts linked: %d organisme, %d demandeur", organisations, people);
    }
}
