package fr.passerelle.budget;

import fr.passerelle.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import fr.passerelle.common.BadInputException;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

    public BudgetResource(@ConfigProperty(name = "passerelle.budget.envelope-eur") long envelopeEur) {
        this.envelopeEur = envelopeEur;
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
    @Transactional
    public LineView update(@PathParam("code") String code, @Valid @NotNull AmountUpdate update) {
        // Lock every line: two concurrent edits cannot both fit under the envelope by reading the old total.
        List<BudgetLine> lines = BudgetLine.find("order by code").withLock(LockModeType.PESSIMISTIC_WRITE).list();
        BudgetLine line = lines.stream().filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("no budget line " + code));
        if (update.version() != null && update.version() != line.version) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        long others = lines.stream().filter(l -> l != line).mapToLong(l -> l.amountEur).sum();
        if (others + update.amountEur() > envelopeEur) {
            throw BadInputException.of("amountEur", "the lines would total " + (others + update.amountEur())
                    + " €, above the DREETS envelope of " + envelopeEur + " €");
        }
        long committed = ((Number) BudgetLine.getEntityManager().createNativeQuery(
                "select coalesce(sum(cost_eur), 0) from enrolment where budget_line_code = ?1")
                .setParameter(1, code).getSingleResult()).longValue();
        if (update.amountEur() < committed) {
            throw BadInputException.of("amountEur", committed + " € are already committed on this line by enrolments");
        }
        line.amountEur = update.amountEur();
        BudgetLine.flush();
        return LineView.of(line);
    }
}
