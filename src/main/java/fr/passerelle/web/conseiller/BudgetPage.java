package fr.passerelle.web.conseiller;

import fr.passerelle.budget.BudgetRuleException;
import fr.passerelle.budget.BudgetService;
import fr.passerelle.security.Roles;
import fr.passerelle.web.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Budget lines editing: the envelope's rules (never above it, never below committed money), said in French. */
@RolesAllowed(Roles.CONSEILLER)
@Path("/conseiller/budget")
@Produces(MediaType.TEXT_HTML)
public class BudgetPage {
    /** The confirmations a redirect may ask for: the URL carries a key, never the text or what was typed. */
    static final Map<String, String> MESSAGES = Map.of("enregistre", "Le montant de la ligne est enregistré.");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lines(long envelopeEur, long totalEur, List<BudgetService.LineUse> lines,
                                             String message, String errorCode, String typed, FormErrors errors);
    }

    private final BudgetService budget;

    public BudgetPage(BudgetService budget) {
        this.budget = budget;
    }

    @GET
    public TemplateInstance lines(@QueryParam("message") String message) {
        return page((message == null ? null : MESSAGES.get(message)), null, null, FormErrors.none());
    }

    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("code") String code, @FormParam("montant") String typed,
                           @FormParam("version") Integer version) {
        if (budget.lines().stream().noneMatch(l -> l.line().code.equals(code))) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        FormErrors errors = FormErrors.none();
        Long amount = parseEuros(typed);
        if (typed == null || typed.isBlank()) {
            errors.add("montant", "Indiquez un montant en euros.");
        } else if (amount == null) {
            errors.add("montant", "Le montant doit être un nombre entier d'euros, positif, par exemple 1 250 000.");
        } else {
            try {
                budget.updateAmount(code, amount, version);
                return Response.seeOther(URI.create("/conseiller/budget?message=enregistre")).build();
            } catch (BudgetRuleException e) {
                errors.add("montant", switch (e.rule()) {
                    case ABOVE_ENVELOPE -> "Ce montant dépasse l'enveloppe de " + euros(budget.envelopeEur())
                            + " : cette ligne peut recevoir au plus " + euros(e.limitEur()) + ".";
                    case BELOW_COMMITTED -> "Des inscriptions engagent déjà " + euros(e.limitEur())
                            + " sur cette ligne : le montant ne peut pas être plus bas.";
                });
            } catch (OptimisticLockException e) {
                errors.add("montant", "Cette ligne a été modifiée entre-temps par quelqu'un d'autre : rechargez la page et recommencez.");
            }
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(page(null, code, typed == null ? "" : typed, errors)).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance page(String message, String errorCode, String typed, FormErrors errors) {
        List<BudgetService.LineUse> lines = budget.lines();
        return Templates.lines(budget.envelopeEur(), lines.stream().mapToLong(l -> l.line().amountEur).sum(), lines,
                message, errorCode, typed, errors);
    }

    /** Whole euros as people type them: « 1 250 000 », « 1250000 € »; null when it is not one. */
    static Long parseEuros(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("[\\s\\u00a0\\u202f.]", "").replace("€", "");
        if (!digits.matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    static String euros(long amount) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.FRANCE).format(amount)
                .replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }
}
