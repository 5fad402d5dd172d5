package fr.passerelle.search;

import fr.passerelle.common.BadInputException;
import fr.passerelle.common.QueryParams;
import fr.passerelle.territory.Commune;
import fr.passerelle.territory.GeoDistance;
import fr.passerelle.training.TrainingSession;
import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
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
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.session.SearchSession;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Public list of the training sessions with seats left: words (programme title, target métier and its appellations),
 * distance from a commune, start date, filière; pages of {@value #PAGE_SIZE}. Sessions only: no personal data.
 * The index filters on seats left as of the session's last indexing; each hit's seats left are then read from
 * PostgreSQL, and a session filled in the meantime is left out.
 */
@Path("/api/search/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionSearchResource {

    static final int PAGE_SIZE = 20;

    private final SearchSession search;
    private final EntityManager em;

    public SessionSearchResource(SearchSession search, EntityManager em) {
        this.search = search;
        this.em = em;
    }

    public record SessionHit(long sessionId, String title, String organisation, String romeCode, String metier,
                             String filiere, String communeInsee, String commune, LocalDate startDate,
                             LocalDate endDate, int seatsLeft, Double distanceKm) {
    }

    public record Result(long total, int page, int size, List<SessionHit> results) {
    }

    @GET
    @PermitAll
    @Transactional
    public Result search(@QueryParam("q") @Size(max = 100, message = "at most 100 characters") String q,
                         @QueryParam("commune") @Pattern(regexp = "(59|62)\\d{3}", message = "must be an INSEE code of 59 or 62") String commune,
                         @QueryParam("radiusKm") String radiusParam,
                         @QueryParam("from") @Size(max = 10) String from,
                         @QueryParam("filiere") @Pattern(regexp = MetierSearchResource.FILIERES, message = "must be a filière code") String filiere,
                         @QueryParam("page") String pageParam) {
        // the FTJ territory is about 200 km across
        Integer radiusKm = radiusParam == null ? null : QueryParams.bounded(radiusParam, "radiusKm", 30, 1, 300);
        int page = QueryParams.bounded(pageParam, "page", 0, 0, 500);
        Commune center = null;
        if (commune != null) {
            center = Commune.findById(commune);
            if (center == null) {
                throw BadInputException.of("commune", "no commune " + commune);
            }
        } else if (radiusKm != null) {
            throw BadInputException.of("radiusKm", "needs a commune");
        }
        LocalDate start = parseFrom(from);
        GeoPoint point = center == null ? null : GeoPoint.of(center.latitude, center.longitude);
        int radius = radiusKm == null ? 30 : radiusKm;
        boolean noText = q == null || q.isBlank();
        SearchResult<Long> result = search.search(TrainingSession.class).select(f -> f.id(Long.class)).where(f -> f.bool(b -> {
            b.must(f.matchAll());
            if (!noText) {
                b.must(f.simpleQueryString()
                        .field("programme.title").boost(2f)
                        .field("programme.targetMetier.label").boost(2f)
                        .field("programme.targetMetier.appellations.label")
                        .matching(q).defaultOperator(BooleanOperator.AND));
            }
            b.filter(f.range().field("seatsLeft").atLeast(1));
            b.filter(f.range().field("startDate").atLeast(start));
            if (filiere != null) {
                b.filter(f.match().field("programme.targetMetier.filiere").matching(filiere));
            }
            if (point != null) {
                b.filter(f.spatial().within().field("site.commune.location").circle(point, radius, DistanceUnit.KILOMETERS));
            }
        }))
                // a calendar: words select sessions, they do not rank them
                .sort(f -> f.field("startDate").then().field("sessionId"))
                .fetch(page * PAGE_SIZE, PAGE_SIZE);
        return new Result(result.total().hitCount(), page, PAGE_SIZE, hits(result.hits(), center));
    }

    private List<SessionHit> hits(List<Long> ids, Commune center) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TrainingSession> byId = em.createQuery("""
                        from TrainingSession s join fetch s.programme p join fetch p.organisation join fetch p.targetMetier
                        join fetch s.site si join fetch si.commune where s.id in :ids""", TrainingSession.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        // in the index's order; a session deleted or filled since its last indexing is left out
        return ids.stream().map(byId::get).filter(s -> s != null && s.seatsLeft > 0).map(s -> {
            Commune c = s.site.commune;
            Double km = center == null ? null
                    : Math.round(GeoDistance.km(center.latitude, center.longitude, c.latitude, c.longitude) * 10) / 10.0;
            return new SessionHit(s.id, s.programme.title, s.programme.organisation.name, s.programme.targetRomeCode,
                    s.programme.targetMetier.label, s.programme.targetMetier.filiere, c.inseeCode, c.name, s.startDate,
                    s.endDate, s.seatsLeft, km);
        }).toList();
    }

    private static LocalDate parseFrom(String from) {
        if (from == null || from.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw BadInputException.of("from", "must be a date like 2027-03-01");
        }
    }
}
