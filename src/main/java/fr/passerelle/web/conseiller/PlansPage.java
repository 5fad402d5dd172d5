package fr.passerelle.web.conseiller;

import fr.passerelle.web.CsvExport;
import fr.passerelle.audit.AuditTrail;
import fr.passerelle.common.BadInputException;
import fr.passerelle.common.ConflictException;
import fr.passerelle.plan.Cohort;
import fr.passerelle.plan.CohortService;
import fr.passerelle.plan.PlanJobService;
import fr.passerelle.plan.PlanPins;
import fr.passerelle.plan.PlanProgress;
import fr.passerelle.plan.PlanResource;
import fr.passerelle.plan.PlanScenario;
import fr.passerelle.plan.PublicationService;
import fr.passerelle.plan.ScenarioService;
import fr.passerelle.plan.ScenarioStatus;
import fr.passerelle.security.Roles;
import fr.passerelle.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Planning for counsellors: the scenarios, a new plan for a cohort, its live progress then its results (placed per
 * session, unplaced and why, money per line), pins, re-plan, stop, side-by-side comparison, publication, CSV.
 */
@RolesAllowed(Roles.CONSEILLER)
@Path("/conseiller/plans")
@Produces(MediaType.TEXT_HTML)
public class PlansPage {
    /** The confirmations a redirect may ask for: the URL carries a key, never a text. */
    static final Map<String, String> MESSAGES = Map.of(
            "publie", "Le plan est publié : chaque personne placée est inscrite en session.",
            "epingle", "L'épingle est posée : un nouveau calcul gardera cette personne dans cette session.",
            "desepingle", "L'épingle est retirée.",
            "arrete", "Le calcul est arrêté : le meilleur plan trouvé jusque-là est gardé.");

    public record Row(PlanScenario scenario, String cohort) {
    }

    public record Side(PlanScenario scenario, ScenarioSummary summary) {
    }

    /** A scenario's figures for the comparison; null parts when it has not finished. */
    public record ScenarioSummary(int candidates, int placed, java.math.BigDecimal objective, int sessionsOpened) {
    }

    public record LineComparison(String line, java.math.BigDecimal amountEur, java.math.BigDecimal usedA,
                                 java.math.BigDecimal usedB) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<Row> rows, Pager pager, List<Cohort> cohorts, String chosenCohort,
                                            String name, String from, FormErrors errors);

        static native TemplateInstance plan(PlanScenario scenario, String cohort, String created, String message,
                                            String alert, PlanProgress.Point last, PlanReport.Report report,
                                            List<PlanReport.SessionRow> sessions, Pager sessionsPager,
                                            List<PlanReport.Placement> placements, Pager placementsPager,
                                            List<PlanReport.Unplaced> unplaced, Pager unplacedPager,
                                            Map<String, People.Name> names, List<PlanScenario> others);

        static native TemplateInstance confirmPublish(PlanScenario scenario, PlanReport.Report report);

        static native TemplateInstance compare(List<PlanScenario> choices, String a, String b, FormErrors errors,
                                               Side left, Side right, List<LineComparison> lines);
    }

    private final ScenarioService scenarios;
    private final PlanJobService jobs;
    private final PlanResource api;
    private final PlanPins pins;
    private final PublicationService publication;
    private final CohortService cohorts;
    private final PlanReport reports;
    private final People people;
    private final AuditTrail audit;

    public PlansPage(ScenarioService scenarios, PlanJobService jobs, PlanResource api, PlanPins pins,
                     PublicationService publication, CohortService cohorts, PlanReport reports, People people,
                     AuditTrail audit) {
        this.scenarios = scenarios;
        this.jobs = jobs;
        this.api = api;
        this.pins = pins;
        this.publication = publication;
        this.cohorts = cohorts;
        this.reports = reports;
        this.people = people;
        this.audit = audit;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("cohorte") String cohort) {
        return listPage(Pager.bounded(page), cohort, "", "", FormErrors.none());
    }

    /** Starts a plan for a cohort; its page then follows the solve. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("nom") String name, @FormParam("cohorte") String cohort,
                          @FormParam("debut") String from) {
        FormErrors errors = FormErrors.none();
        String title = name == null ? "" : name.strip();
        if (title.length() > 200) {
            errors.add("nom", "Le nom est limité à 200 caractères.");
        }
        Long cohortId = cohort != null && cohort.strip().matches("\\d{1,18}") ? Long.valueOf(cohort.strip()) : null;
        if (cohortId == null || Cohort.findById(cohortId) == null) {
            errors.add("cohorte", "Choisissez une cohorte enregistrée.");
        }
        LocalDate sessionsFrom = LocalDate.now();
        if (from != null && !from.isBlank()) {
            sessionsFrom = parseDate(from.strip());
            if (sessionsFrom == null) {
                errors.add("debut", "Indiquez une date au format jj/mm/aaaa, par exemple 01/03/2027.");
            }
        }
        if (errors.any()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(listPage(0, cohort, name == null ? "" : name, from == null ? "" : from, errors)).build();
        }
        PlanScenario s = scenarios.fromCohort(title.isEmpty() ? "Plan du " + LocalDate.now().format(FR_DATE) : title,
                cohortId, sessionsFrom);
        scenarios.submit(s);
        return Response.seeOther(URI.create("/conseiller/plans/" + s.id)).build();
    }

    @GET
    @Path("{id: \\d+}")
    public TemplateInstance plan(@PathParam("id") long id, @QueryParam("message") String message,
                                 @QueryParam("sessions") String sessionsPage, @QueryParam("places") String placesPage,
                                 @QueryParam("nonplaces") String unplacedPage) {
        return planPage(id, (message == null ? null : MESSAGES.get(message)), null, Pager.bounded(sessionsPage), Pager.bounded(placesPage),
                Pager.bounded(unplacedPage));
    }

    @POST
    @Path("{id: \\d+}/epingles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pin(@PathParam("id") long id, @FormParam("candidat") String candidate,
                        @FormParam("session") String session, @FormParam("action") String action) {
        scenario(id);
        try {
            if ("desepingler".equals(action)) {
                pins.unpin(id, candidate);
                return Response.seeOther(URI.create("/conseiller/plans/" + id + "?message=desepingle#places")).build();
            }
            pins.pin(id, List.of(new PlanPins.Pin(candidate, session == null || session.isBlank() ? null : session)));
            return Response.seeOther(URI.create("/conseiller/plans/" + id + "?message=epingle#places")).build();
        } catch (BadInputException | ConflictException e) {
            return refused(id, "L'épingle n'a pas pu être changée : le plan doit être terminé et non publié, "
                    + "et la personne doit y figurer avec cette session parmi ses possibilités.");
        }
    }

    @POST
    @Path("{id: \\d+}/replanifier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replan(@PathParam("id") long id) {
        scenario(id);
        try {
            PlanScenario child = scenarios.replan(id, null);
            scenarios.submit(child);
            return Response.seeOther(URI.create("/conseiller/plans/" + child.id)).build();
        } catch (ConflictException e) {
            return refused(id, "Seul un plan terminé peut être recalculé : attendez la fin du calcul.");
        }
    }

    @POST
    @Path("{id: \\d+}/arreter")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response stop(@PathParam("id") long id) {
        PlanScenario s = scenario(id);
        if (!s.status.finished()) {
            jobs.stop(id);
        }
        return Response.seeOther(URI.create("/conseiller/plans/" + id + "?message=arrete")).build();
    }

    @GET
    @Path("{id: \\d+}/publier")
    @Transactional
    public TemplateInstance confirmPublish(@PathParam("id") long id) {
        PlanScenario s = scenario(id);
        return Templates.confirmPublish(s, s.status == ScenarioStatus.DONE ? reports.of(s) : null);
    }

    /** Publication: every placement becomes an enrolment, or none does (PublicationService audits it). */
    @POST
    @Path("{id: \\d+}/publier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") long id) {
        scenario(id);
        try {
            publication.publish(id);
            return Response.seeOther(URI.create("/conseiller/plans/" + id + "?message=publie")).build();
        } catch (ConflictException e) {
            return refused(id, "Le plan n'a pas été publié : il doit être terminé, pas encore publié, respecter toutes "
                    + "les règles (recalculez-le après une épingle), et les places et le budget doivent être encore libres.");
        }
    }

    @GET
    @Path("comparer")
    @Transactional
    public Response compare(@QueryParam("a") String a, @QueryParam("b") String b) {
        List<PlanScenario> choices = PlanScenario.<PlanScenario>find("order by id desc").page(0, Pager.SIZE).list();
        FormErrors errors = FormErrors.none();
        PlanScenario left = chosen(a, "a", errors);
        PlanScenario right = chosen(b, "b", errors);
        if (left == null || right == null) {
            // the empty form is not an error: it is how the comparison starts
            int status = (a == null && b == null) ? 200 : 400;
            if (status == 200) {
                errors = FormErrors.none();
            }
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.compare(choices, orEmpty(a), orEmpty(b), errors, null, null, List.of())).build();
        }
        PlanReport.Report ra = left.status == ScenarioStatus.DONE ? reports.of(left) : null;
        PlanReport.Report rb = right.status == ScenarioStatus.DONE ? reports.of(right) : null;
        List<LineComparison> lines = new ArrayList<>();
        if (ra != null && rb != null) {
            var usedB = new java.util.HashMap<String, java.math.BigDecimal>();
            rb.summary().lines().forEach(l -> usedB.put(l.line(), l.usedEur()));
            ra.summary().lines().forEach(l -> lines.add(new LineComparison(l.line(), l.amountEur(), l.usedEur(),
                    usedB.getOrDefault(l.line(), java.math.BigDecimal.ZERO))));
        }
        return Response.ok(Templates.compare(choices, a, b, errors, side(left, ra), side(right, rb), lines))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("{id: \\d+}.csv")
    @Produces("text/csv")
    @Transactional
    public Response csv(@PathParam("id") long id) {
        PlanScenario s = scenario(id);
        if (s.status != ScenarioStatus.DONE) {
            throw new NotFoundException("plan " + id + " has no result yet");
        }
        PlanReport.Report report = reports.of(s);
        List<String> candidates = new ArrayList<>();
        report.placements().forEach(p -> candidates.add(p.candidate()));
        report.unplaced().forEach(u -> candidates.add(u.candidate()));
        Map<String, People.Name> names = people.byCandidate(candidates);
        CsvExport csv = new CsvExport().row(List.of("candidat", "profil_id", "nom", "prenom", "session", "formation", "debut",
                "epingle", "raison_non_placement"));
        for (PlanReport.Placement p : report.placements()) {
            People.Name n = names.get(p.candidate());
            csv.row(List.of(p.candidate(), n.profileId() == null ? "" : n.profileId(), orEmpty(n.lastName()),
                    orEmpty(n.firstName()), p.session(), orEmpty(p.sessionLabel()), p.start() == null ? "" : p.start(),
                    p.pinned() ? "oui" : "non", ""));
        }
        for (PlanReport.Unplaced u : report.unplaced()) {
            People.Name n = names.get(u.candidate());
            csv.row(List.of(u.candidate(), n.profileId() == null ? "" : n.profileId(), orEmpty(n.lastName()),
                    orEmpty(n.firstName()), "", "", "", "non", ConseillerExtensions.label(u.reason())));
        }
        audit.record(AuditTrail.EXPORT_PLAN, "plan", id);
        return csv.response("plan-" + id + ".csv");
    }

    @Transactional
    TemplateInstance listPage(int page, String cohort, String name, String from, FormErrors errors) {
        long total = PlanScenario.count();
        Pager pager = new Pager(page, Pager.SIZE, total);
        List<PlanScenario> scenarios = PlanScenario.<PlanScenario>find("order by id desc").page(page, Pager.SIZE).list();
        List<Row> rows = scenarios.stream().map(s -> new Row(s, cohortName(s.cohortId))).toList();
        return Templates.list(rows, pager, cohorts.recent(Pager.SIZE), orEmpty(cohort), name, from, errors);
    }

    @Transactional
    TemplateInstance planPage(long id, String message, String alert, int sessionsPage, int placesPage, int unplacedPage) {
        PlanScenario s = scenario(id);
        List<PlanProgress.Point> points = s.status.finished() ? List.of() : api.get(id).progress();
        PlanProgress.Point last = points.isEmpty() ? null : points.get(points.size() - 1);
        PlanReport.Report report = s.status == ScenarioStatus.DONE ? reports.of(s) : null;
        Pager sp = null;
        Pager pp = null;
        Pager up = null;
        List<PlanReport.SessionRow> sessions = List.of();
        List<PlanReport.Placement> placements = List.of();
        List<PlanReport.Unplaced> unplaced = List.of();
        Map<String, People.Name> names = Map.of();
        if (report != null) {
            sp = new Pager(sessionsPage, Pager.SIZE, report.sessions().size());
            pp = new Pager(placesPage, Pager.SIZE, report.placements().size());
            up = new Pager(unplacedPage, Pager.SIZE, report.unplaced().size());
            sessions = PlanReport.page(report.sessions(), sp);
            placements = PlanReport.page(report.placements(), pp);
            unplaced = PlanReport.page(report.unplaced(), up);
            List<String> shown = new ArrayList<>();
            placements.forEach(p -> shown.add(p.candidate()));
            unplaced.forEach(u -> shown.add(u.candidate()));
            names = people.byCandidate(shown);
        }
        List<PlanScenario> others = PlanScenario.<PlanScenario>find("id <> ?1 and status = ?2 order by id desc", id,
                ScenarioStatus.DONE).page(0, Pager.SIZE).list();
        return Templates.plan(s, cohortName(s.cohortId), Dates.minute(s.createdAt), message, alert, last, report,
                sessions, sp, placements, pp, unplaced, up, names, others);
    }

    private Response refused(long id, String alert) {
        return Response.status(409).type(MediaType.TEXT_HTML_TYPE).entity(planPage(id, null, alert, 0, 0, 0)).build();
    }

    private static Side side(PlanScenario s, PlanReport.Report r) {
        return new Side(s, r == null ? null : new ScenarioSummary(r.summary().candidates(), r.summary().placed(),
                r.summary().objective(), r.summary().sessionsOpened()));
    }

    private static PlanScenario chosen(String value, String field, FormErrors errors) {
        PlanScenario s = value != null && value.strip().matches("\\d{1,18}") ? PlanScenario.findById(Long.valueOf(value.strip())) : null;
        if (s == null) {
            errors.add(field, "Choisissez un plan dans la liste.");
        }
        return s;
    }

    private static String cohortName(Long cohortId) {
        Cohort c = cohortId == null ? null : Cohort.findById(cohortId);
        return c == null ? null : c.name;
    }

    private static PlanScenario scenario(long id) {
        PlanScenario s = PlanScenario.findById(id);
        if (s == null) {
            throw new NotFoundException("no plan " + id);
        }
        return s;
    }

    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** ISO (what a date field sends) or jj/mm/aaaa (what people type when there is none). */
    static LocalDate parseDate(String text) {
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, FR_DATE)) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
