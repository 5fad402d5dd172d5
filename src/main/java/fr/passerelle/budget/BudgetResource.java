package fr.passerelle.budget;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

@RolesAllowed(Roles.CONSEILLER)
@Path("/api/budget/lines")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private final long envelopeEur;
    private final BudgetService service;

    public BudgetResource(@ConfigProperty(name = "passerelle.budget.envelope-eur") long envelopeEur, BudgetService service) {
        this.envelopeEur = envelopeEur;
        this.service = service;
    }

    public record LineView(String code, String label, String ambition, Integer year, String departement,
                           long amountEur, int version) {
        static LineView of(BudgetLine l) {
            return new LineView(l.code, l.label, l.ambition, l.year, l.departementCode, l.amountEur, l.version);
        }
    }

    public record BudgetView(long envelopeEur, long totalEur, long unallocatedEur, List<LineView> lines) {
    }

    public record AmountUpdate(@NotNull @PositiveOrZero @Max(value = 97_639_506L, message = "must not exceed the envelope")
                               Long amountEur, Integer version) {
    }

    @GET
    public BudgetView list() {
        List<BudgetLine> lines = BudgetLine.list("order by code");
        long total = lines.stream().mapToLong(l -> l.amountEur).sum();
        return new BudgetView(envelopeEur, total, envelopeEur - total, lines.stream().map(LineView::of).toList());
    }

    /** Changes one line's amount; the lines together may never exceed the DREETS envelope. */
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LineView update(@PathParam("code") String code, @Valid @NotNull AmountUpdate update) {
        return LineView.of(service.updateAmount(code, update.amountEur(), update.version()));
    }
}
