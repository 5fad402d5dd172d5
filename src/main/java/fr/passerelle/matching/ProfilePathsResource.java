package fr.passerelle.matching;

import fr.passerelle.audit.AuditTrail;
import fr.passerelle.security.CurrentUser;
import jakarta.inject.Inject;
import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import fr.passerelle.common.SqlValues;
import fr.passerelle.matching.model.MetierMatch;
import fr.passerelle.matching.model.SkillRef;
import fr.passerelle.metier.Metier;
import fr.passerelle.metier.TargetMetier;
import fr.passerelle.metier.TransitionFlag;
import fr.passerelle.profile.Profile;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.GeoDistance;
import fr.passerelle.training.SessionSeats;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's paths: the target métiers ranked by fit (the matching model), demand in their bassin and transition
 * value; for each, the skills they have and lack, the sessions that close the gap near them, and why, in words.
 */
@RolesAllowed({Roles.CONSEILLER, Roles.DEMANDEUR})
@Path("/api/profiles/{id}/paths")
@Produces(MediaType.APPLICATION_JSON)
public class ProfilePathsResource {

    // fit dominates: a path must first be reachable from what the person can do
    static final double FIT_WEIGHT = 0.6;
    static final double DEMAND_WEIGHT = 0.25;
    static final double TRANSITION_WEIGHT = 0.15;
    static final int MAX_PATHS = 10;
    static final int MAX_SESSIONS = 5;

    private final MetierRankerHolder model;
    private final EntityManager em;
    @Inject
    CurrentUser currentUser;
    @Inject
    AuditTrail audit;

    public ProfilePathsResource(MetierRankerHolder model, EntityManager em) {
        this.model = model;
        this.em = em;
    }

    public record SessionNearby(long sessionId, String title, String organisation, String communeInsee, String commune,
                                LocalDate start, int seatsLeft, double distanceKm) {
    }

    public record PathView(String romeCode, String label, String filiere, double score, double fit, double demand,
                           double transitionValue, List<SkillRef> coveredSkills, List<SkillRef> missingSkills,
                           List<SessionNearby> sessions, String explanation) {
    }

    public record Paths(long profileId, List<PathView> paths) {
    }

    @GET
    @Transactional
    public Paths paths(@PathParam("id") long id) {
        Profile p = currentUser.mayReadProfile(id) ? Profile.findById(id) : null;
        if (p == null) {
            throw new NotFoundException("no profile " + id);
        }
        Commune home = Commune.findById(p.homeCommuneInsee);
        Map<String, TargetMetier> targets = TargetMetier.<TargetMetier>listAll().stream()
                .collect(Collectors.toMap(t -> t.romeCode, t -> t));
        Set<Integer> skills = p.skills.stream().map(s -> s.skillCode).collect(Collectors.toSet());
        List<MetierMatch> matches = model.ranker().rank(skills, targets.size(), targets::containsKey);
        Map<String, Integer> tension = tensionInBassin(home.bassinEmploiCode);
        audit.profile(AuditTrail.READ_PATHS, id);
        // one query each for the fiches and the sessions of all the targets, not one per target
        Map<String, Metier> metiers = Metier.<Metier>list("romeCode in ?1", targets.keySet()).stream()
                .collect(Collectors.toMap(m -> m.romeCode, m -> m));
        Map<String, List<SessionNearby>> sessionsByTarget = sessionsNear(home, p);
        List<PathView> paths = new ArrayList<>();
        for (MetierMatch m : matches) {
            Metier metier = metiers.get(m.romeCode());
            TargetMetier target = targets.get(m.romeCode());
            Integer index = tension.get(metier.parentRomeCode);
            double demand = index == null ? 0.4 : (index - 1) / 4.0;
            double transition = transitionValue(metier.transition);
            double score = FIT_WEIGHT * m.score() + DEMAND_WEIGHT * demand + TRANSITION_WEIGHT * transition;
            List<SessionNearby> sessions = sessionsByTarget.getOrDefault(m.romeCode(), List.of());
            paths.add(new PathView(m.romeCode(), m.label(), target.filiere.name(), round(score), round(m.score()),
                    round(demand), transition, m.coveredSkills(), m.missingSkills(), sessions,
                    explain(m, target, home, index, sessions, p.mobilityRadiusKm)));
        }
        paths.sort(Comparator.comparingDouble(PathView::score).reversed().thenComparing(PathView::romeCode));
        return new Paths(p.id, paths.subList(0, Math.min(MAX_PATHS, paths.size())));
    }

    static double transitionValue(TransitionFlag flag) {
        return switch (flag) {
            case VERT -> 1.0;
            case STRATEGIQUE -> 0.8;
            case BLANC -> 0.5;
            case BRUN -> 0.0;
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Integer> tensionInBassin(String bassin) {
        Map<String, Integer> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                "select rome_code, tension_index from demand_signal where bassin_emploi_code = ?1 and tension_index is not null")
                .setParameter(1, bassin).getResultList()) {
            out.put((String) r[0], ((Number) r[1]).intValue());
        }
        return out;
    }

    /** Open sessions within the person's radius after their availability, by target métier, nearest first. */
    @SuppressWarnings("unchecked")
    private Map<String, List<SessionNearby>> sessionsNear(Commune home, Profile p) {
        LocalDate from = p.availableFrom.isAfter(LocalDate.now()) ? p.availableFrom : LocalDate.now();
        Map<String, List<SessionNearby>> out = new HashMap<>();
        String seatsLeft = SessionSeats.leftSql("s");
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select s.id, pr.title, o.name, c.insee_code, c.name, s.start_date, %1$s, c.latitude, c.longitude,
                       pr.target_rome_code
                from training_session s join training_programme pr on pr.id = s.programme_id
                join target_metier t on t.rome_code = pr.target_rome_code
                join training_organisation o on o.id = pr.organisation_id
                join training_site si on si.id = s.site_id join commune c on c.insee_code = si.commune_insee
                where s.start_date >= ?1 and %1$s > 0""".formatted(seatsLeft))
                .setParameter(1, from).getResultList()) {
            double km = GeoDistance.km(home.latitude, home.longitude, ((Number) r[7]).doubleValue(), ((Number) r[8]).doubleValue());
            if (km <= p.mobilityRadiusKm) {
                out.computeIfAbsent((String) r[9], k -> new ArrayList<>()).add(new SessionNearby(((Number) r[0]).longValue(),
                        (String) r[1], (String) r[2], (String) r[3], (String) r[4], SqlValues.localDate(r[5]),
                        ((Number) r[6]).intValue(), Math.round(km * 10) / 10.0));
            }
        }
        out.replaceAll((rome, list) -> {
            list.sort(Comparator.comparingDouble(SessionNearby::distanceKm).thenComparing(SessionNearby::start));
            return List.copyOf(list.subList(0, Math.min(MAX_SESSIONS, list.size())));
        });
        return out;
    }

    /** The reasons in plain French, for the counsellor to repeat. */
    static String explain(MetierMatch m, TargetMetier target, Commune home, Integer tension,
                          List<SessionNearby> sessions, int radiusKm) {
        long coreHave = m.coveredSkills().stream().filter(SkillRef::core).count();
        long coreAll = coreHave + m.missingSkills().stream().filter(SkillRef::core).count();
        StringBuilder sb = new StringBuilder();
        sb.append("Vous maîtrisez déjà ").append(m.coveredSkills().size()).append(" compétence(s) de ce métier");
        if (coreAll > 0) {
            sb.append(", dont ").append(coreHave).append(" sur ").append(coreAll).append(" de son cœur de métier");
        }
        sb.append('.');
        List<String> missing = m.missingSkills().stream().filter(SkillRef::core).limit(3).map(SkillRef::label).toList();
        if (!missing.isEmpty()) {
            sb.append(" À acquérir en priorité : ").append(String.join(" ; ", missing)).append('.');
        }
        if (tension != null) {
            sb.append(" Dans votre bassin d'emploi, la tension de recrutement sur ce métier est de ")
                    .append(tension).append(" sur 5.");
        }
        sb.append(" Filière ").append(target.filiere.label.toLowerCase()).append(" : ").append(target.reason).append('.');
        if (sessions.isEmpty()) {
            sb.append(" Aucune session ouverte à moins de ").append(radiusKm).append(" km pour l'instant.");
        } else {
            SessionNearby first = sessions.get(0);
            sb.append(' ').append(sessions.size()).append(" session(s) à moins de ").append(radiusKm)
                    .append(" km après votre date de disponibilité, la plus proche à ").append(first.commune())
                    .append(" (").append(first.distanceKm()).append(" km) à partir du ").append(first.start()).append('.');
        }
        return sb.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

}
