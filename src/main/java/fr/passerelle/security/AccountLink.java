package fr.passerelle.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Links a login (Keycloak username) to the organisation it acts for or to the profile it owns. */
@Entity
@Table(name = "account_link")
public class AccountLink extends PanacheEntityBase {
    @Id
    public String username;
    @Column(name = "organisation_id")
    public Long organisationId;
    @Column(name = "profile_id")
    public Long profileId;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static AccountLink forOrganisation(String username, long organisationId) {
        AccountLink link = new AccountLink();
        link.username = username;
        link.organisationId = organisationId;
        return link;
    }

    public static AccountLink forProfile(String username, long profileId) {
        AccountLink link = new AccountLink();
        link.username = username;
        link.profileId = profileId;
        return link;
    }
}
