package fr.passerelle.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.NotFoundException;
import java.util.Optional;

/**
 * The person behind the request, as the application sees them: role, and the organisation or profile their account
 * is linked to. Object-level checks use {@link #requireOrganisationId()} and {@link #ownsProfile(long)}; a miss is a
 * 404 so that nobody learns which ids exist elsewhere.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {
    @Inject
    SecurityIdentity identity;

    private AccountLink link;
    private boolean linkLoaded;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String username() {
        return identity.isAnonymous() ? "anonyme" : identity.getPrincipal().getName();
    }

    public boolean isConseiller() {
        return identity.hasRole(Roles.CONSEILLER);
    }

    public boolean isOrganisme() {
        return identity.hasRole(Roles.ORGANISME);
    }

    public boolean isDemandeur() {
        return identity.hasRole(Roles.DEMANDEUR);
    }

    /** The role shown in the audit trail and the page header; a counsellor wins over the others. */
    public String mainRole() {
        if (isConseiller()) {
            return Roles.CONSEILLER;
        }
        if (isOrganisme()) {
            return Roles.ORGANISME;
        }
        if (isDemandeur()) {
            return Roles.DEMANDEUR;
        }
        return isAnonymous() ? null : "aucun";
    }

    public Optional<Long> organisationId() {
        return Optional.ofNullable(link()).map(l -> l.organisationId);
    }

    public Optional<Long> profileId() {
        return Optional.ofNullable(link()).map(l -> l.profileId);
    }

    /** The organisation an organisme account acts for; 404 when the account is linked to none. */
    public long requireOrganisationId() {
        return organisationId().orElseThrow(() -> new NotFoundException("Aucun organisme n'est rattaché à ce compte"));
    }

    /** The profile a demandeur account owns; 404 when the account is linked to none. */
    public long requireProfileId() {
        return profileId().orElseThrow(() -> new NotFoundException("Aucun profil n'est rattaché à ce compte"));
    }

    /** A counsellor may open every file; a demandeur only their own. */
    public boolean mayReadProfile(long profileId) {
        return isConseiller() || (isDemandeur() && profileId().filter(id -> id == profileId).isPresent());
    }

    private AccountLink link() {
        if (!linkLoaded) {
            link = isAnonymous() ? null : AccountLink.findById(identity.getPrincipal().getName());
            linkLoaded = true;
        }
        return link;
    }
}
