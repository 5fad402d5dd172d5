package fr.passerelle.web.conseiller;

import fr.passerelle.metier.Filiere;
import fr.passerelle.profile.PriorityGroup;
import fr.passerelle.search.ProfileSearchRequest;
import fr.passerelle.search.ProfileSearchService;
import fr.passerelle.security.Roles;
import fr.passerelle.territory.BassinEmploi;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.ZoneEmploi;
import fr.passerelle.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hibernate.search.util.common.SearchException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cohort search: words, filters, distance from a commune, facet counts, pages of 50; the result (or the ticked
 * people) is saved as a cohort by {@link CohortPage}. The form is posted: its words box also matches names, and a
 * name must not land in a URL (history, logs). Searching changes nothing; the POST only carries the criteria.
 */
@RolesAllowed(Roles.CONSEILLER)
@Path("/conseiller/recherche")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

    public record Option(String code, String label) {
    }

    public record FacetValue(String label, long count) {
    }

    public record Facet(String title, List<FacetValue> values) {
    }

    public record Row(long id, String firstName, String lastName, String kind, String commune, String bassin,
                      boolean bassinMinier, String filiere) {
    }

    public record Options(List<Option> filieres, List<Option> zones, List<Option> bassins, List<Option> groups,
                          List<Option> sectors) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchForm form, FormErrors errors, Options options, String alert,
                                              String notice, Long total, List<Row> rows, List<Facet> facets, Pager pager);
    }

    static final Map<String, String> KINDS = Map.of("JOBSEEKER", "Demandeur d'emploi", "WORKER", "Salarié");

    private final ProfileSearchService search;
    private final EntityManager em;

    public SearchPage(ProfileSearchService search, EntityManager em) {
        this.search = search;
        this.em = em;
    }

    /** The confirmations a redirect may ask for: the URL carries a key, never a text. */
    static final Map<String, String> MESSAGES = Map.of(
            "efface", "Le dossier de la personne est effacé, de la base de données et de l'index de recherche.");

    @GET
    public Response form(@QueryParam("message") String message) {
        return render(SearchForm.empty(), FormErrors.none(), null, (message == null ? null : MESSAGES.get(message)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response search(@BeanParam SearchForm form) {
        return render(form, FormErrors.none(), null, null);
    }

    /** The page for these criteria: results when they are valid, else each message next to its field (400). */
    @Transactional
    Response render(SearchForm form, FormErrors errors, String alert) {
        return render(form, errors, alert, null);
    }

    private Response render(SearchForm form, FormErrors errors, String alert, String notice) {
        Options options = options();
        FormErrors criteria = FormErrors.none();
        ProfileSearchRequest request = form.toRequest(criteria, Pager.SIZE);
        criteria.all().forEach(errors::add);
        if (request == null) {
            return page(400, Templates.search(form, errors, options, alert, notice, null, List.of(), List.of(), null));
        }
        ProfileSearchService.Result result;
        try {
            result = search.search(request);
        } catch (SearchException e) {
            return page(503, Templates.search(form, errors, options,
                    "Le moteur de recherche ne répond pas pour l'instant : réessayez dans quelques minutes.",
                    notice, null, List.of(), List.of(), null));
        }
        return page(errors.any() ? 400 : 200, Templates.search(form, errors, options, alert, notice, result.total(),
                rows(result.hits(), options), facets(result.facets(), options),
                new Pager(result.page(), result.size(), Math.min(result.total(), (long) (SearchForm.MAX_PAGE + 1) * Pager.SIZE))));
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private List<Row> rows(List<ProfileSearchService.Hit> hits, Options options) {
        Map<String, String> communes = hits.isEmpty() ? Map.of() : Commune.<Commune>list("inseeCode in ?1",
                hits.stream().map(ProfileSearchService.Hit::communeInsee).distinct().toList()).stream()
                .collect(Collectors.toMap(c -> c.inseeCode, c -> c.name));
        Map<String, String> bassins = byCode(options.bassins());
        Map<String, String> filieres = byCode(options.filieres());
        return hits.stream().map(h -> new Row(h.id(), h.firstName(), h.lastName(), KINDS.getOrDefault(h.kind(), h.kind()),
                communes.getOrDefault(h.communeInsee(), h.communeInsee()), bassins.getOrDefault(h.bassin(), "—"),
                h.bassinMinier(), h.wishedFiliere() == null ? "—" : filieres.getOrDefault(h.wishedFiliere(), h.wishedFiliere())))
                .toList();
    }

    private static List<Facet> facets(Map<String, Map<String, Long>> facets, Options options) {
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("kind", "Statut");
        titles.put("wishedFiliere", "Filière souhaitée");
        titles.put("bassin", "Bassin d'emploi");
        titles.put("zoneEmploi", "Zone d'emploi");
        titles.put("bassinMinier", "Bassin minier");
        titles.put("originSector", "Secteur d'origine (NAF)");
        titles.put("priorityGroup", "Public prioritaire");
        Map<String, Function<String, String>> labels = Map.of(
                "kind", k -> KINDS.getOrDefault(k, k),
                "wishedFiliere", lookup(options.filieres()),
                "bassin", lookup(options.bassins()),
                "zoneEmploi", lookup(options.zones()),
                "bassinMinier", v -> "true".equals(v) ? "Oui" : "Non",
                "originSector", lookup(options.sectors()),
                "priorityGroup", lookup(options.groups()));
        List<Facet> out = new ArrayList<>();
        titles.forEach((key, title) -> {
            Map<String, Long> counts = facets.getOrDefault(key, Map.of());
            if (!counts.isEmpty()) {
                out.add(new Facet(title, counts.entrySet().stream()
                        .map(e -> new FacetValue(labels.get(key).apply(e.getKey()), e.getValue())).toList()));
            }
        });
        return out;
    }

    private static Function<String, String> lookup(List<Option> options) {
        Map<String, String> map = byCode(options);
        return code -> map.getOrDefault(code, code);
    }

    private static Map<String, String> byCode(List<Option> options) {
        return options.stream().collect(Collectors.toMap(Option::code, Option::label, (a, b) -> a));
    }

    @SuppressWarnings("unchecked")
    Options options() {
        List<Option> sectors = ((List<Object[]>) em.createNativeQuery("select code, label from naf_division order by code")
                .getResultList()).stream().map(r -> new Option((String) r[0], r[0] + " — " + r[1])).toList();
        return new Options(
                Arrays.stream(Filiere.values()).map(f -> new Option(f.name(), f.label)).toList(),
                ZoneEmploi.<ZoneEmploi>list("order by label").stream().map(z -> new Option(z.code, z.label)).toList(),
                BassinEmploi.<BassinEmploi>list("order by label").stream().map(b -> new Option(b.code, b.label)).toList(),
                PriorityGroup.<PriorityGroup>list("order by label").stream().map(g -> new Option(g.code, g.label)).toList(),
                sectors);
    }
}
