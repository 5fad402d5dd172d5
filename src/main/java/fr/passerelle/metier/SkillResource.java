package fr.passerelle.metier;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Public autocomplete over ROME skill labels (reference data, no personal data). */
@PermitAll
@Path("/api/skills")
@Produces(MediaType.APPLICATION_JSON)
public class SkillResource {
    private final SkillLookup lookup;

    public SkillResource(SkillLookup lookup) {
        this.lookup = lookup;
    }

    public record Results(List<SkillLookup.SkillHit> results) {
    }

    @GET
    public Results search(@QueryParam("q") @NotBlank @Size(max = 100) String q,
                          @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(50) int limit) {
        return new Results(lookup.search(q, limit));
    }
}
