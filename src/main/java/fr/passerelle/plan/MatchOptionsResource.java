package fr.passerelle.plan;

import fr.passerelle.common.BadInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Options for the planner: for people (a cohort, or a list) and a set of sessions, each person's feasible sessions
 * (seats left, starting after {@code from} and after their availability, within their mobility radius) with the
 * match score a planning instance built now would give them ({@link CandidateOptions}, as {@link InstanceBuilder}).
 */
@Path("/api/match/options")
@Produces(MediaType.APPLICATION_JSON)
public class MatchOptionsResource {

    /** The model scores each distinct skill set in a few ms: this keeps one request under a few seconds. */
    static final int MAX_PEOPLE = 1000;
    static final int MAX_SESSIONS = 500;

    private final CandidateOptions candidateOptions;

    public MatchOptionsResource(CandidateOptions candidateOptions) {
        this.candidateOptions = candidateOptions;
    }

    public record OptionsRequest(Long cohortId,
                                 @Size(max = MAX_PEOPLE) List<@NotNull Long> profileIds,
                                 @NotNull @Size(min = 1, max = MAX_SESSIONS) List<@NotNull Long> sessionIds,
                                 LocalDate from) {
    }

    public record OptionView(long sessionId, String romeCode, LocalDate start, int seatsLeft, double distanceKm,
                             BigDecimal score) {
    }

    public record CandidateView(long profileId, List<OptionView> options) {
    }

    public record Options(LocalDate from, List<CandidateView> candidates) {
    }

    @POST
    @RolesAllowed("conseiller")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Options options(@Valid @NotNull OptionsRequest r) {
        Collection<Long> profileIds = profileIds(r);
        LocalDate from = r.from() == null ? LocalDate.now() : r.from();
        List<CandidateOptions.OpenSession> sessions = candidateOptions.openSessions(from, new LinkedHashSet<>(r.sessionIds()));
        List<CandidateView> candidates = new ArrayList<>();
        candidateOptions.options(candidateOptions.people(profileIds), sessions).forEach((p, options) ->
                candidates.add(new CandidateView(p.id(), options.stream().map(o -> new OptionView(o.session().id(),
                        o.session().romeCode(), o.session().start(), o.session().seatsLeft(), o.distanceKm(),
                        o.score())).toList())));
        return new Options(from, candidates);
    }

    private static Collection<Long> profileIds(OptionsRequest r) {
        if ((r.cohortId() == null) == (r.profileIds() == null)) {
            throw BadInputException.of("cohortId", "give either a cohortId or profileIds");
        }
        if (r.profileIds() != null) {
            return new LinkedHashSet<>(r.profileIds());
        }
        Cohort cohort = Cohort.findById(r.cohortId());
        if (cohort == null) {
            throw BadInputException.of("cohortId", "no cohort " + r.cohortId());
        }
        Set<Long> members = cohort.profileIds;
        if (members.size() > MAX_PEOPLE) {
            throw BadInputException.of("cohortId", "the cohort has " + members.size() + " people, at most " + MAX_PEOPLE
                    + " here: the planner's instance (GET /api/plans/{id}/instance) lists the options of larger ones");
        }
        return Set.copyOf(members);
    }
}
