package fr.passerelle.matching;

import jakarta.annotation.security.PermitAll;
import fr.passerelle.common.BadInputException;
import fr.passerelle.matching.model.MetierMatch;
import fr.passerelle.metier.TargetMetier;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Public métier matching for a skill set: no personal data in, none out. */
@PermitAll
@Path("/api/match/metiers")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    /** A person lists a few dozen skills; 200 leaves room and bounds the work of one anonymous request. */
    static final int MAX_SKILLS = 200;

    private final MetierRankerHolder model;
    private volatile Set<String> targets;

    public MatchResource(MetierRankerHolder model) {
        this.model = model;
    }

    public record Results(List<MetierMatch> results) {
    }

    @GET
    public Results match(@QueryParam("skills") @NotBlank @Pattern(regexp = "\\d{1,9}(,\\d{1,9})*",
                                 message = "must be ROME skill item codes separated by commas") String skills,
                         @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit,
                         @QueryParam("scope") @DefaultValue("all") @Pattern(regexp = "all|targets",
                                 message = "must be all or targets") String scope) {
        String[] items = skills.split(",");
        if (items.length > MAX_SKILLS) {
            throw BadInputException.of("skills", "at most " + MAX_SKILLS + " skill items");
        }
        Set<Integer> codes = new LinkedHashSet<>();
        for (String item : items) {
            codes.add(Integer.parseInt(item));
        }
        return new Results(model.ranker().rank(codes, limit, "targets".equals(scope) ? targetCodes()::contains : null));
    }

    private Set<String> targetCodes() {
        Set<String> t = targets;
        if (t == null) {
            t = TargetMetier.<TargetMetier>listAll().stream().map(m -> m.romeCode).collect(Collectors.toUnmodifiableSet());
            targets = t;
        }
        return t;
    }
}
