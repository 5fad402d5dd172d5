package fr.passerelle.web;

import fr.passerelle.matching.MetierRankerHolder;
import fr.passerelle.matching.model.MetierMatch;
import fr.passerelle.metier.SkillLookup;
import fr.passerelle.metier.SkillLookup.SkillHit;
import fr.passerelle.metier.TargetMetier;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * « Trouver mon parcours », public and anonymous: search skills by words, tick the ones you have, see the métiers of
 * the transition they lead to with covered and missing skills. Works without JavaScript (GET forms); a script adds
 * suggestions as you type.
 */
@PermitAll
@Path("/parcours")
@Produces(MediaType.TEXT_HTML)
public class PathFinderPage {
    static final int MAX_SKILLS = 60;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance find(String q, List<SkillHit> suggestions, List<SkillHit> chosen, String chosenCodes,
                                            List<MetierMatch> results, boolean targetsOnly, String error);
    }

    private final SkillLookup skills;
    private final MetierRankerHolder model;

    public PathFinderPage(SkillLookup skills, MetierRankerHolder model) {
        this.skills = skills;
        this.model = model;
    }

    @GET
    public TemplateInstance find(@QueryParam("q") String q, @QueryParam("competences") List<String> picked,
                                 @QueryParam("cibles") String targets) {
        String error = null;
        Set<Integer> codes = new LinkedHashSet<>();
        for (String value : picked == null ? List.<String>of() : picked) {
            for (String item : value.split(",")) {
                if (item.matches("\\d{1,9}")) {
                    codes.add(Integer.parseInt(item));
                } else if (!item.isBlank()) {
                    error = "Compétence inconnue : choisissez-la dans la liste proposée.";
                }
            }
        }
        if (codes.size() > MAX_SKILLS) {
            error = "Choisissez au plus " + MAX_SKILLS + " compétences.";
            codes = codes.stream().limit(MAX_SKILLS).collect(Collectors.toCollection(LinkedHashSet::new));
        }
        String query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            error = "La recherche est limitée à 100 caractères.";
            query = query.substring(0, 100);
        }
        List<SkillHit> chosen = skills.byCodes(codes);
        Set<Integer> chosenCodeSet = Set.copyOf(codes);
        List<SkillHit> suggestions = query.isEmpty() ? List.of()
                : skills.search(query, 30).stream().filter(s -> !chosenCodeSet.contains(s.code())).toList();
        boolean targetsOnly = !"toutes".equals(targets);
        List<MetierMatch> results = new ArrayList<>();
        if (!chosen.isEmpty()) {
            Set<String> targetCodes = targetsOnly ? TargetMetier.<TargetMetier>listAll().stream()
                    .map(t -> t.romeCode).collect(Collectors.toSet()) : null;
            results = model.ranker().rank(chosen.stream().map(SkillHit::code).collect(Collectors.toCollection(LinkedHashSet::new)),
                    10, targetCodes == null ? null : targetCodes::contains);
        }
        String chosenCodes = chosen.stream().map(s -> Integer.toString(s.code())).collect(Collectors.joining(","));
        return Templates.find(query, suggestions, chosen, chosenCodes, results, targetsOnly, error);
    }
}
