package fr.passerelle.training;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import fr.passerelle.budget.BudgetLine;
import fr.passerelle.common.FieldError;
import fr.passerelle.common.BadInputException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Training sessions. */
@RolesAllowed(Roles.CONSEILLER)
@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record SessionRequest(@NotNull Long programmeId, @NotNull Long siteId, @NotNull LocalDate startDate,
                                 @NotNull LocalDate endDate,
                                 @NotNull @Min(1) @Max(500) Integer capacity,
                                 @NotNull @PositiveOrZero Integer minCohort,
                                 @NotNull @PositiveOrZero @Max(100_000) Integer costPerTraineeEur,
                                 @NotBlank String budgetLineCode) {
    }

    public record SessionView(long id, long programmeId, String title, String targetRomeCode, long organisationId,
                              String organisation, long siteId, String communeInsee, LocalDate startDate,
                              LocalDate endDate, int capacity, int minCohort, int costPerTraineeEur,
                              String budgetLineCode) {
        static SessionView of(TrainingSession s) {
            return new SessionView(s.id, s.programme.id, s.programme.title, s.programme.targetRomeCode,
                    s.programme.organisation.id, s.programme.organisation.name, s.site.id, s.site.communeInsee,
                    s.startDate, s.endDate, s.capacity, s.minCohort, s.costPerTraineeEur, s.budgetLineCode);
        }
    }

    public record SessionPage(long total, int page, int size, List<SessionView> items) {
    }

    @GET
    public SessionPage sessions(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        PanacheQuery<TrainingSession> q = TrainingSession.find(
                "from TrainingSession s join fetch s.programme p join fetch p.organisation join fetch s.site order by s.startDate, s.id");
        List<SessionView> items = q.page(page, size).list().stream().map(SessionView::of).toList();
        return new SessionPage(TrainingSession.count(), page, size, items);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response createSession(@Valid @NotNull SessionRequest r) {
        List<FieldError> errors = new ArrayList<>();
        TrainingProgramme programme = TrainingProgramme.findById(r.programmeId());
        TrainingSite site = TrainingSite.findById(r.siteId());
        if (programme == null) {
            errors.add(FieldError.of("programmeId", "no programme " + r.programmeId()));
        }
        if (site == null) {
            errors.add(FieldError.of("siteId", "no site " + r.siteId()));
        } else if (programme != null && !site.organisation.id.equals(programme.organisation.id)) {
            errors.add(FieldError.of("siteId", "the site belongs to another organisation than the programme"));
        }
        if (r.endDate().isBefore(r.startDate())) {
            errors.add(FieldError.of("endDate", "must not be before startDate"));
        }
        if (r.minCohort() > r.capacity()) {
            errors.add(FieldError.of("minCohort", "must not exceed capacity (" + r.capacity() + ")"));
        }
        if (BudgetLine.findById(r.budgetLineCode()) == null) {
            errors.add(FieldError.of("budgetLineCode", "no budget line " + r.budgetLineCode()));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        TrainingSession s = new TrainingSession();
        s.programme = programme;
        s.site = site;
        s.startDate = r.startDate();
        s.endDate = r.endDate();
        s.capacity = r.capacity();
        s.minCohort = r.minCohort();
        s.costPerTraineeEur = r.costPerTraineeEur();
        s.budgetLineCode = r.budgetLineCode();
        s.persist();
        return Response.status(Response.Status.CREATED).entity(SessionView.of(s)).build();
    }
}
