package fr.passerelle.search;

import fr.passerelle.common.QueryParams;
import fr.passerelle.metier.Metier;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;

import java.util.List;
import java.util.Objects;

/**
 * Public métier search by words: fiche label and ROME appellations (French analysis, appellation synonyms), skill
 * labels with a low weight, optionally within a filière. Reference data only: nothing personal in or out.
 */
@Path("/api/search/metiers")
@Produces(MediaType.APPLICATION_JSON)
public class MetierSearchResource {

    static final String FILIERES = "RECYCLAGE|BATTERIES|HYDROGENE|ENERGIES_RENOUVELABLES|LOGISTIQUE_CSNE|DECARBONATION_INDUSTRIELLE";

    private final SearchSession search;

    public MetierSearchResource(SearchSession search) {
        this.search = search;
    }

    public record MetierHit(String romeCode, String label, String domaineCode, String transition, String filiere) {
        static MetierHit of(Metier m) {
            return new MetierHit(m.romeCode, m.label, m.domaineCode, m.transition.name(), m.filiere);
        }
    }

    public record Result(long total, List<MetierHit> results) {
    }

    @GET
    @PermitAll
    @Transactional
    public Result search(@QueryParam("q") @Size(max = 100, message = "at most 100 characters") String q,
                         @QueryParam("filiere") @Pattern(regexp = FILIERES, message = "must be a filière code") String filiere,
                         @QueryParam("limit") String limitParam) {
        // a list to choose from, not an export
        int limit = QueryParams.bounded(limitParam, "limit", 10, 1, 50);
        boolean noText = q == null || q.isBlank();
        SearchResult<Metier> result = search.search(Metier.class).where(f -> f.bool(b -> {
            b.must(f.matchAll());
            if (!noText) {
                b.must(f.simpleQueryString()
                        .field("label").boost(3f)
                        .field("appellations.label").boost(2f)
                        .field("skills.skill.label").boost(0.2f)
                        .matching(q).defaultOperator(BooleanOperator.AND));
            }
            if (filiere != null) {
                b.filter(f.match().field("filiere").matching(filiere));
            }
        })).sort(f -> noText ? f.field("label_sort") : f.score().then().field("label_sort")).fetch(limit);
        return new Result(result.total().hitCount(),
                result.hits().stream().filter(Objects::nonNull).map(MetierHit::of).toList());
    }
}
