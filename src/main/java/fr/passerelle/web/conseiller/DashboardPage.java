package fr.passerelle.web.conseiller;

import fr.passerelle.budget.BudgetService;
import fr.passerelle.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The counsellor's dashboard: money per budget line, people found, placed and waiting; charts and their tables. */
@RolesAllowed(Roles.CONSEILLER)
@Path("/conseiller")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(long envelopeEur, long totalEur, long committedEur,
                                                 List<BudgetService.LineUse> lines,
                                                 List<DashboardQueries.PeopleRow> byFiliere,
                                                 List<DashboardQueries.PeopleRow> byBassin,
                                                 String budgetChart, String filiereChart, String bassinChart);
    }

    private final BudgetService budget;
    private final DashboardQueries queries;

    public DashboardPage(BudgetService budget, DashboardQueries queries) {
        this.budget = budget;
        this.queries = queries;
    }

    @GET
    public TemplateInstance dashboard() {
        List<BudgetService.LineUse> lines = budget.lines();
        List<DashboardQueries.PeopleRow> byFiliere = queries.byFiliere();
        List<DashboardQueries.PeopleRow> byBassin = queries.byBassin();
        String budgetChart = ChartJson.write(new ChartJson.Chart("bar", false, "Budget par ligne (€)",
                lines.stream().map(l -> l.line().code).toList(), List.of(
                new ChartJson.Series("Montant de la ligne", lines.stream().map(l -> l.line().amountEur).toList()),
                new ChartJson.Series("Engagé (inscriptions)", lines.stream().map(BudgetService.LineUse::committedEur).toList()),
                new ChartJson.Series("Dont plans publiés", lines.stream().map(BudgetService.LineUse::publishedEur).toList()))));
        return Templates.dashboard(budget.envelopeEur(), lines.stream().mapToLong(l -> l.line().amountEur).sum(),
                lines.stream().mapToLong(BudgetService.LineUse::committedEur).sum(), lines, byFiliere, byBassin,
                budgetChart, peopleChart("Personnes par filière souhaitée", byFiliere),
                peopleChart("Personnes par bassin d'emploi", byBassin));
    }

    private static String peopleChart(String title, List<DashboardQueries.PeopleRow> rows) {
        return ChartJson.write(new ChartJson.Chart("bar", true, title, rows.stream().map(DashboardQueries.PeopleRow::label).toList(),
                List.of(new ChartJson.Series("Placées", rows.stream().map(DashboardQueries.PeopleRow::placed).toList()),
                        new ChartJson.Series("En attente", rows.stream().map(DashboardQueries.PeopleRow::waiting).toList()))));
    }
}
