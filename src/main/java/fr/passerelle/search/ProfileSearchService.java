package fr.passerelle.search;

import fr.passerelle.common.BadInputException;
import fr.passerelle.profile.Profile;
import fr.passerelle.territory.Commune;
import fr.passerelle.training.TrainingSession;
import jakarta.transaction.Transactional;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.session.SearchSession;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cohort search over the profiles index: full text, filters, distance, facet counts, bounded pages; and every id
 * a search matches, to save it as a cohort.
 */
@ApplicationScoped
public class ProfileSearchService {

    static final Map<String, String> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("kind", "kind");
        FACETS.put("wishedFiliere", "wishedFiliere");
        FACETS.put("originSector", "originNafDivision");
        FACETS.put("priorityGroup", "priorityGroups");
        FACETS.put("zoneEmploi", "homeCommune.zoneEmploiCode");
        FACETS.put("bassin", "homeCommune.bassinEmploiCode");
        FACETS.put("bassinMinier", "homeCommune.bassinMinier");
    }

    private final SearchSession search;

    public ProfileSearchService(SearchSession search) {
        this.search = search;
    }

    public record Hit(long id, String firstName, String lastName, String kind, String communeInsee, String zoneEmploi,
                      String bassin, boolean bassinMinier, Set<String> priorityGroups, String wishedFiliere) {
        static Hit of(Profile p) {
            Commune c = p.homeCommune;
            return new Hit(p.id, p.firstName, p.lastName, p.kind.name(), p.homeCommuneInsee,
                    c == null ? null : c.zoneEmploiCode, c == null ? null : c.bassinEmploiCode,
                    c != null && c.bassinMinier, Set.copyOf(p.priorityGroups),
                    p.wishedFiliere == null ? null : p.wishedFiliere.name());
        }
    }

    public record Result(long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    }

    @Transactional
    public Result search(ProfileSearchRequest r) {
        Map<String, AggregationKey<Map<Object, Long>>> keys = new LinkedHashMap<>();
        FACETS.keySet().forEach(name -> keys.put(name, AggregationKey.of(name)));
        var query = search.search(Profile.class).where(predicate(r));
        for (var e : FACETS.entrySet()) {
            query = query.aggregation(keys.get(e.getKey()), f -> f.terms().field(e.getValue(), Object.class).maxTermCount(50));
        }
        SearchResult<Profile> result = query.fetch(r.pageOrDefault() * r.sizeOrDefault(), r.sizeOrDefault());
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((name, key) -> facets.put(name, result.aggregation(key).entrySet().stream()
                .collect(Collectors.toMap(en -> String.valueOf(en.getKey()), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new))));
        // a row deleted behind the index is simply not loaded: a stale hit never fails the search
        List<Hit> hits = result.hits().stream().filter(Objects::nonNull).map(Hit::of).toList();
        return new Result(result.total().hitCount(), r.pageOrDefault(), r.sizeOrDefault(), hits, facets);
    }

    /**
     * The ids of everyone the search matches, at most {@code max} (more is an error: the caller narrows the search).
     * Scrolls, as a result set may exceed the engine's window of one query.
     */
    @Transactional
    public List<Long> matchingIds(ProfileSearchRequest r, int max) {
        List<Long> ids = new ArrayList<>();
        try (SearchScroll<Long> scroll = search.search(Profile.class).select(f -> f.id(Long.class)).where(predicate(r))
                .scroll(1000)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                ids.addAll(chunk.hits());
                if (ids.size() > max) {
                    throw BadInputException.of("profileIds", "the search matches more than " + max + " people");
                }
            }
        }
        return ids;
    }

    private Function<SearchPredicateFactory, PredicateFinalStep> predicate(ProfileSearchRequest r) {
        GeoPoint center = center(r.near());
        return f -> f.bool(b -> {
            b.must(f.matchAll());
            if (r.text() != null && !r.text().isBlank()) {
                b.must(f.simpleQueryString().fields("firstName", "lastName", "skills.skill.label")
                        .matching(r.text()).defaultOperator(BooleanOperator.AND));
            }
            anyOf(b, f, "wishedFiliere", r.wishedFilieres());
            anyOf(b, f, "homeCommune.zoneEmploiCode", r.zonesEmploi());
            anyOf(b, f, "homeCommune.bassinEmploiCode", r.bassins());
            anyOf(b, f, "kind", r.kinds());
            anyOf(b, f, "originNafDivision", r.originSectors());
            anyOf(b, f, "priorityGroups", r.priorityGroups());
            if (r.bassinMinier() != null) {
                b.filter(f.match().field("homeCommune.bassinMinier").matching(r.bassinMinier()));
            }
            if (center != null) {
                b.filter(f.spatial().within().field("homeCommune.location")
                        .circle(center, r.near().radiusKm(), DistanceUnit.KILOMETERS));
            }
        });
    }

    private static void anyOf(BooleanPredicateClausesStep<?, ?> b,
                              SearchPredicateFactory f,
                              String field, List<?> values) {
        if (values != null && !values.isEmpty()) {
            b.filter(f.terms().field(field).matchingAny(values));
        }
    }

    private static GeoPoint center(ProfileSearchRequest.Near near) {
        if (near == null) {
            return null;
        }
        if ((near.commune() == null) == (near.sessionId() == null)) {
            throw BadInputException.of("near", "give either a commune or a sessionId");
        }
        Commune c;
        if (near.commune() != null) {
            c = Commune.findById(near.commune());
            if (c == null) {
                throw BadInputException.of("near.commune", "no commune " + near.commune());
            }
        } else {
            TrainingSession s = TrainingSession.findById(near.sessionId());
            if (s == null) {
                throw BadInputException.of("near.sessionId", "no session " + near.sessionId());
            }
            c = Commune.findById(s.site.communeInsee);
        }
        return GeoPoint.of(c.latitude, c.longitude);
    }
}
