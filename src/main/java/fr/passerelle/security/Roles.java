package fr.passerelle.security;

/** The three realm roles of the Keycloak realm {@code passerelle}; endpoints name them in {@code @RolesAllowed}. */
public final class Roles {
    /** A DREETS counsellor: plans reconversions, sees people's files. */
    public static final String CONSEILLER = "conseiller";
    /** A training organisation: sees only its own sessions and allocated cohorts. */
    public static final String ORGANISME = "organisme";
    /** A jobseeker or worker: sees only their own profile and paths. */
    public static final String DEMANDEUR = "demandeur";

    private Roles() {
    }
}
