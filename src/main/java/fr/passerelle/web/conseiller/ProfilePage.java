package fr.passerelle.web.conseiller;

import fr.passerelle.audit.AuditTrail;
import fr.passerelle.matching.ProfilePathsResource;
import fr.passerelle.plan.ProfileHistory;
import fr.passerelle.profile.PriorityGroup;
import fr.passerelle.profile.Profile;
import fr.passerelle.profile.ProfileService;
import fr.passerelle.profile.SelfService;
import fr.passerelle.security.Roles;
import fr.passerelle.territory.BassinEmploi;
import fr.passerelle.territory.Commune;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Comparator;
import java.util.List;

/** A person's file for a counsellor: identity, skills, paths, planning history; each opening is audited; erasure. */
@RolesAllowed(Roles.CONSEILLER)
@Path("/conseiller/profils/{id}")
@Produces(MediaType.TEXT_HTML)
public class ProfilePage {

    public record Identity(long id, String firstName, String lastName, String kind, String email, String commune,
                           String communeInsee, String bassin, boolean bassinMinier, int mobilityRadiusKm,
                           java.time.LocalDate availableFrom, java.time.LocalDate jobseekerSince, String wishedFiliere,
                           String originSector, String employer, java.time.LocalDate consentDate) {
    }

    public record SkillRow(int code, String label, int level) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(Identity person, List<SkillRow> skills, List<String> groups,
                                               List<ProfilePathsResource.PathView> paths,
                                               List<ProfileHistory.EnrolmentRow> enrolments,
                                               List<ProfileHistory.ScenarioRow> scenarios,
                                               List<SelfService.Interest> interests);

        static native TemplateInstance confirmErase(Identity person);
    }

    private final ProfileService profiles;
    private final ProfilePathsResource paths;
    private final ProfileHistory history;
    private final AuditTrail audit;
    private final SelfService self;

    public ProfilePage(ProfileService profiles, ProfilePathsResource paths, ProfileHistory history, AuditTrail audit,
                       SelfService self) {
        this.profiles = profiles;
        this.paths = paths;
        this.history = history;
        this.audit = audit;
        this.self = self;
    }

    @GET
    @Transactional
    public TemplateInstance profile(@PathParam("id") long id) {
        Profile p = profiles.find(id);
        Identity person = identity(p);
        List<SkillRow> skills = p.skills.stream()
                .map(s -> new SkillRow(s.skillCode, s.skill == null ? Integer.toString(s.skillCode) : s.skill.label, s.level))
                .sorted(Comparator.comparing(SkillRow::label)).toList();
        List<String> groups = p.priorityGroups.stream().sorted()
                .map(code -> {
                    PriorityGroup g = PriorityGroup.findById(code);
                    return g == null ? code : g.label;
                }).toList();
        audit.profile(AuditTrail.READ_PROFILE, id);
        return Templates.profile(person, skills, groups, paths.paths(id).paths(), history.enrolments(id),
                history.scenarios(id, 20), self.interests(id));
    }

    @GET
    @Path("effacer")
    @Transactional
    public TemplateInstance confirmErase(@PathParam("id") long id) {
        return Templates.confirmErase(identity(profiles.find(id)));
    }

    /** Erasure on request: the person leaves the database and the search index (the outbox carries the delete). */
    @POST
    @Path("effacer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response erase(@PathParam("id") long id) {
        profiles.erase(id);
        audit.profile(AuditTrail.ERASE_PROFILE, id);
        return Response.seeOther(URI.create("/conseiller/recherche?message=efface")).build();
    }

    private static Identity identity(Profile p) {
        Commune c = p.homeCommune;
        BassinEmploi b = c == null || c.bassinEmploiCode == null ? null : BassinEmploi.findById(c.bassinEmploiCode);
        return new Identity(p.id, p.firstName, p.lastName, SearchPage.KINDS.getOrDefault(p.kind.name(), p.kind.name()),
                p.email, c == null ? p.homeCommuneInsee : c.name, p.homeCommuneInsee, b == null ? "—" : b.label,
                c != null && c.bassinMinier, p.mobilityRadiusKm, p.availableFrom, p.jobseekerSince,
                p.wishedFiliere == null ? "Non précisée" : p.wishedFiliere.label, p.originNafDivision, p.employer,
                p.consentDate);
    }
}
