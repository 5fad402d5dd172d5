package fr.passerelle.web.demandeur;

import fr.passerelle.audit.AuditTrail;
import fr.passerelle.common.BadInputException;
import fr.passerelle.common.FieldError;
import fr.passerelle.matching.ProfilePathsResource;
import fr.passerelle.metier.Filiere;
import fr.passerelle.metier.SkillLookup;
import fr.passerelle.metier.SkillLookup.SkillHit;
import fr.passerelle.plan.MyPlacement;
import fr.passerelle.profile.Profile;
import fr.passerelle.profile.ProfileService;
import fr.passerelle.profile.SelfService;
import fr.passerelle.security.CurrentUser;
import fr.passerelle.security.Roles;
import fr.passerelle.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pages of a person (demandeur d'emploi or salarié): their own profile and paths only — the account is linked to
 * one profile. Skills, mobility, availability, wished filière and consent are theirs to edit.
 */
@RolesAllowed(Roles.DEMANDEUR)
@Path("/moi")
@Produces(MediaType.TEXT_HTML)
public class DemandeurPage {
    static final int MAX_SKILLS = 200;

    /** What the profile form holds, as typed (kept when the page comes back with errors). */
    public static class ProfileForm {
        @FormParam("competences")
        public List<String> skills = new ArrayList<>();
        @FormParam("q")
        public String q;
        @FormParam("mobilityRadiusKm")
        public String mobilityRadiusKm;
        @FormParam("availableFrom")
        public String availableFrom;
        @FormParam("wishedFiliere")
        public String wishedFiliere;
        @FormParam("consent")
        public String consent;
        @FormParam("action")
        public String action;

        public boolean consentGiven() {
            return consent != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(Profile profile, ProfileForm form, List<SkillHit> chosen,
                                               List<SkillHit> suggestions, List<Filiere> filieres, FormErrors errors,
                                               boolean saved);

        static native TemplateInstance paths(ProfilePathsResource.Paths paths, MyPlacement.Placement placement,
                                             List<SelfService.Interest> interests, String message);
    }

    @Inject
    CurrentUser user;
    @Inject
    ProfileService profiles;
    @Inject
    SelfService self;
    @Inject
    SkillLookup skills;
    @Inject
    ProfilePathsResource pathsResource;
    @Inject
    MyPlacement placements;
    @Inject
    AuditTrail audit;

    @GET
    @Path("profil")
    @Transactional
    public TemplateInstance profile(@QueryParam("enregistre") boolean saved) {
        long id = user.requireProfileId();
        Profile p = profiles.find(id);
        ProfileForm form = new ProfileForm();
        p.skills.forEach(s -> form.skills.add(Integer.toString(s.skillCode)));
        form.mobilityRadiusKm = Integer.toString(p.mobilityRadiusKm);
        form.availableFrom = p.availableFrom.toString();
        form.wishedFiliere = p.wishedFiliere == null ? "" : p.wishedFiliere.name();
        form.consent = p.consentDate != null ? "on" : null;
        audit.profile(AuditTrail.READ_PROFILE, id);
        return Templates.profile(p, form, skills.byCodes(codes(form.skills)), List.of(), List.of(Filiere.values()),
                FormErrors.none(), saved);
    }

    @POST
    @Path("profil")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response saveProfile(@BeanParam ProfileForm form) {
        long id = user.requireProfileId();
        FormErrors errors = FormErrors.none();
        Set<Integer> codes = codes(form.skills);
        List<SkillHit> suggestions = List.of();
        // Enter in any field submits the first button ("chercher"): with nothing to look for, it saves.
        if ("chercher".equals(form.action) && form.q != null && !form.q.isBlank()) {
            String q = form.q == null ? "" : form.q.strip();
            if (q.length() > 100) {
                errors.add("q", "La recherche est limitée à 100 caractères.");
            } else {
                suggestions = skills.search(q, 30).stream().filter(s -> !codes.contains(s.code())).toList();
                if (suggestions.isEmpty()) {
                    errors.add("q", "Aucune compétence ne contient « " + q + " ». Essayez un autre mot.");
                }
            }
            return page(id, form, codes, suggestions, errors, Response.Status.OK);
        }
        Integer radius = null;
        try {
            radius = Integer.parseInt(form.mobilityRadiusKm == null ? "" : form.mobilityRadiusKm.strip());
            if (radius < 0 || radius > 300) {
                errors.add("mobilityRadiusKm", "Indiquez une distance entre 0 et 300 km.");
            }
        } catch (NumberFormatException e) {
            errors.add("mobilityRadiusKm", "Indiquez une distance en kilomètres, par exemple 30.");
        }
        LocalDate available = null;
        try {
            available = LocalDate.parse(form.availableFrom == null ? "" : form.availableFrom.strip());
        } catch (DateTimeParseException e) {
            errors.add("availableFrom", "Indiquez une date au format jj/mm/aaaa.");
        }
        Filiere filiere = null;
        if (form.wishedFiliere != null && !form.wishedFiliere.isBlank()) {
            try {
                filiere = Filiere.valueOf(form.wishedFiliere);
            } catch (IllegalArgumentException e) {
                errors.add("wishedFiliere", "Choisissez une filière dans la liste.");
            }
        }
        if (codes.size() > MAX_SKILLS) {
            errors.add("competences", "Gardez au plus " + MAX_SKILLS + " compétences.");
        }
        if (errors.isEmpty()) {
            try {
                self.update(id, new SelfService.SelfUpdate(List.copyOf(codes), radius, available, filiere, form.consentGiven()));
                audit.profile(AuditTrail.UPDATE_PROFILE, id);
                return Response.seeOther(URI.create("/moi/profil?enregistre=true")).build();
            } catch (BadInputException e) {
                for (FieldError f : e.errors()) {
                    errors.add(f.field() == null ? "competences" : f.field(), "Valeur refusée : " + f.reason());
                }
            }
        }
        return page(id, form, codes, suggestions, errors, Response.Status.BAD_REQUEST);
    }

    @GET
    @Path("parcours")
    @Transactional
    public TemplateInstance paths(@QueryParam("message") String message) {
        long id = user.requireProfileId();
        String text = "interet".equals(message) ? "Votre intérêt pour cette session est enregistré : votre conseiller le verra."
                : "retrait".equals(message) ? "Votre intérêt pour cette session est retiré." : null;
        return Templates.paths(pathsResource.paths(id), placements.of(id).orElse(null), self.interests(id), text);
    }

    @POST
    @Path("sessions/{sessionId}/interet")
    public Response expressInterest(@PathParam("sessionId") long sessionId) {
        self.expressInterest(user.requireProfileId(), sessionId);
        return Response.seeOther(URI.create("/moi/parcours?message=interet")).build();
    }

    @POST
    @Path("sessions/{sessionId}/retrait")
    public Response withdrawInterest(@PathParam("sessionId") long sessionId) {
        self.withdrawInterest(user.requireProfileId(), sessionId);
        return Response.seeOther(URI.create("/moi/parcours?message=retrait")).build();
    }

    private Response page(long id, ProfileForm form, Set<Integer> codes, List<SkillHit> suggestions, FormErrors errors,
                          Response.Status status) {
        Profile p = profiles.find(id);
        return Response.status(status).entity(Templates.profile(p, form, skills.byCodes(codes), suggestions,
                List.of(Filiere.values()), errors, false)).build();
    }

    private static Set<Integer> codes(List<String> values) {
        Set<Integer> codes = new LinkedHashSet<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v != null && v.matches("\\d{1,9}")) {
                codes.add(Integer.parseInt(v));
            }
        }
        return codes;
    }
}
