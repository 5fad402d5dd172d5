package fr.passerelle.plan;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.common.BadInputException;
import fr.passerelle.planning.domain.AllocationPlan;
import fr.passerelle.planning.explain.PlanExplainer;
import fr.passerelle.planning.explain.PlanExplanation;
import fr.passerelle.planning.io.PlanWriter;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Planning scenarios: solve, follow, explain, pin, re-plan, compare, publish, export and import. */
@RolesAllowed(Roles.CONSEILLER)
@Path("/api/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final ScenarioService scenarios;
    private final PlanJobService jobs;
    private final ScenarioPlans plans;
    private final PlanProgress progress;
    private final PublicationService publication;
    private final PlanPins pins;

    public PlanResource(ScenarioService scenarios, PlanJobService jobs, ScenarioPlans plans, PlanProgress progress,
                        PublicationService publication, PlanPins pins) {
        this.pins = pins;
        this.scenarios = scenarios;
        this.jobs = jobs;
        this.plans = plans;
        this.progress = progress;
        this.publication = publication;
    }

    public record PlanRequest(@Size(max = 200) String name, @NotNull Long cohortId, LocalDate sessionsFrom) {
    }

    public record ReplanRequest(@Size(max = 200) String name) {
    }

    public record WhatIfRequest(@Size(max = 200) String name,
                                @Size(max = 50) List<@Valid @NotNull BudgetChangeRequest> budgetChanges,
                                @Size(max = 50) List<@Valid @NotNull ExtraSessionRequest> extraSessions) {
    }

    public record BudgetChangeRequest(@NotNull String line,
                                      @NotNull @DecimalMin("-100") @DecimalMax("1000") BigDecimal percent) {
    }

    public record ExtraSessionRequest(@NotNull String copyOf, @Size(max = 40) String id,
                                      @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date YYYY-MM-DD") String start) {
    }

    public record Pin(@NotNull String candidate, String session) {
    }

    public record PinsRequest(@NotNull @Size(max = 20_000) List<@Valid @NotNull Pin> pins) {
    }

    public record ScenarioView(long id, String name, Long cohortId, Long parentId, ScenarioStatus status, int secondsLimit,
                               Double objective, Long hardScore, String solverVersion, String termination,
                               String instanceHash, String errorMessage, Instant createdAt, Instant startedAt,
                               Instant endedAt, Instant publishedAt) {
        static ScenarioView of(PlanScenario s) {
            return new ScenarioView(s.id, s.name, s.cohortId, s.parentId, s.status, s.secondsLimit, s.objective,
                    s.hardScore, s.solverVersion, s.termination, s.instanceHash, s.errorMessage, s.createdAt,
                    s.startedAt, s.endedAt, s.publishedAt);
        }
    }

    public record Detail(ScenarioView scenario, ScenarioPlans.Summary summary, List<PlanProgress.Point> progress) {
    }

    public record Comparison(List<Detail> scenarios) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull PlanRequest request) {
        PlanScenario s = scenarios.fromCohort(request.name() == null ? "Plan " + LocalDate.now() : request.name(),
                request.cohortId(), request.sessionsFrom() == null ? LocalDate.now() : request.sessionsFrom());
        scenarios.submit(s);
        return Response.accepted(ScenarioView.of(s)).build();
    }

    @GET
    public List<ScenarioView> list(@QueryParam("limit") @Min(1) @Max(200) Integer limit) {
        return PlanScenario.<PlanScenario>find("order by id desc").page(0, limit == null ? 50 : limit).list()
                .stream().map(ScenarioView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public Detail get(@PathParam("id") long id) {
        return detail(scenario(id));
    }

    @GET
    @Path("/{id}/progress")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    public Multi<PlanProgress.Point> progress(@PathParam("id") long id) {
        if (PlanScenario.count("id", id) == 0) {
            throw new NotFoundException("no plan " + id); // checked without loading its instance: read below if needed
        }
        // a job that has ended (perhaps a moment ago: a proof ends small ones in milliseconds) is read afresh
        return progress.stream(id, () -> QuarkusTransaction.requiringNew().call(() -> endedTimeline(scenario(id))));
    }

    /** The stored timeline of a job that is not running, ending with its final state. */
    private static List<PlanProgress.Point> endedTimeline(PlanScenario s) {
        List<PlanProgress.Point> points = new ArrayList<>(storedProgress(s));
        if (s.status.finished()) {
            long millis = points.isEmpty() ? 0 : points.get(points.size() - 1).millis();
            points.add(new PlanProgress.Point(millis, s.objective == null ? null : BigDecimal.valueOf(s.objective),
                    s.status.name()));
        }
        return points;
    }

    @POST
    @Path("/{id}/stop")
    public Response stop(@PathParam("id") long id) {
        PlanScenario s = scenario(id);
        if (s.status.finished()) {
            return Response.ok(ScenarioView.of(s)).build();
        }
        jobs.stop(id);
        return Response.accepted().build();
    }

    @GET
    @Path("/{id}/explanation")
    @Transactional
    public PlanExplanation explanation(@PathParam("id") long id) {
        return new PlanExplainer().explain(solved(scenario(id)));
    }

    @PUT
    @Path("/{id}/pins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Detail pin(@PathParam("id") long id, @Valid @NotNull PinsRequest request) {
        return detail(pins.pin(id, request.pins().stream().map(p -> new PlanPins.Pin(p.candidate(), p.session())).toList()));
    }

    @POST
    @Path("/{id}/replan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replan(@PathParam("id") long id, @Valid ReplanRequest request) {
        PlanScenario s = scenarios.replan(id, request == null ? null : request.name());
        scenarios.submit(s);
        return Response.accepted(ScenarioView.of(s)).build();
    }

    @POST
    @Path("/{id}/what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response whatIf(@PathParam("id") long id, @Valid @NotNull WhatIfRequest request) {
        PlanScenario s = scenarios.whatIf(id, request.name(),
                request.budgetChanges() == null ? List.of() : request.budgetChanges().stream()
                        .map(b -> new ScenarioService.BudgetChange(b.line(), b.percent())).toList(),
                request.extraSessions() == null ? List.of() : request.extraSessions().stream()
                        .map(e -> new ScenarioService.ExtraSession(e.copyOf(), e.id(), e.start())).toList());
        scenarios.submit(s);
        return Response.accepted(ScenarioView.of(s)).build();
    }

    /** Side by side: people placed, value, sessions opened and budget used per line. */
    @GET
    @Path("/compare")
    @Transactional
    public Comparison compare(@QueryParam("ids") @NotNull @Pattern(regexp = "\\d+(,\\d+){1,4}",
            message = "must list 2 to 5 plan ids separated by commas") String ids) {
        List<Detail> details = new ArrayList<>();
        for (String id : ids.split(",")) {
            details.add(detail(scenario(Long.parseLong(id))));
        }
        return new Comparison(details);
    }

    @POST
    @Path("/{id}/publish")
    public PublicationService.Published publish(@PathParam("id") long id) {
        return publication.publish(id);
    }

    /** The scenario's problem in the shared instance format. */
    @GET
    @Path("/{id}/instance")
    public Response exportInstance(@PathParam("id") long id) {
        PlanScenario s = scenario(id);
        return Response.ok(s.instanceJson, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"instance-" + id + ".json\"").build();
    }

    /** The scenario's best plan in the shared plan format. */
    @GET
    @Path("/{id}/plan")
    @Transactional
    public Response exportPlan(@PathParam("id") long id) {
        PlanScenario s = scenario(id);
        double seconds = s.startedAt == null || s.endedAt == null ? 0
                : java.time.Duration.between(s.startedAt, s.endedAt).toMillis() / 1000.0;
        return Response.ok(PlanWriter.toJson(solved(s), seconds), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"plan-" + id + ".json\"").build();
    }

    /** Imports an instance in the shared format and solves it; a bad one answers 400 with each JSON path. */
    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importInstance(String instanceJson, @QueryParam("name") @Size(max = 200) String name) {
        if (instanceJson == null || instanceJson.isBlank()) {
            throw BadInputException.of("$", "an instance in the shared format is expected");
        }
        PlanScenario s = scenarios.imported(name, instanceJson);
        scenarios.submit(s);
        return Response.accepted(ScenarioView.of(s)).build();
    }

    private Detail detail(PlanScenario s) {
        ScenarioPlans.Summary summary = s.status == ScenarioStatus.DONE ? plans.summary(solved(s)) : null;
        return new Detail(ScenarioView.of(s), summary, live(s));
    }

    private List<PlanProgress.Point> live(PlanScenario s) {
        List<PlanProgress.Point> points = progress.points(s.id);
        return points.isEmpty() ? storedProgress(s) : points;
    }

    private AllocationPlan solved(PlanScenario s) {
        return plans.withAssignments(s, PlanAssignment.list("id.scenarioId", s.id));
    }

    private static List<PlanProgress.Point> storedProgress(PlanScenario s) {
        if (s.progressJson == null) {
            return List.of();
        }
        try {
            return JSON.readValue(s.progressJson, new TypeReference<List<PlanProgress.Point>>() {
            });
        } catch (Exception e) {
            return List.of();
        }
    }

    private static PlanScenario scenario(long id) {
        PlanScenario s = PlanScenario.findById(id);
        if (s == null) {
            throw new NotFoundException("no plan " + id);
        }
        return s;
    }
}
