package fr.passerelle.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The envelope's lines, the money enrolments commit on them, and the rules of an amount change. */
@ApplicationScoped
public class BudgetService {

    private final long envelopeEur;
    private final EntityManager em;

    public BudgetService(@ConfigProperty(name = "passerelle.budget.envelope-eur") long envelopeEur, EntityManager em) {
        this.envelopeEur = envelopeEur;
        this.em = em;
    }

    /** A line with its money committed by enrolments, and the part of it that published plans committed. */
    public record LineUse(BudgetLine line, long committedEur, long publishedEur) {
        public long remainingEur() {
            return line.amountEur - committedEur;
        }
    }

    public long envelopeEur() {
        return envelopeEur;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<LineUse> lines() {
        Map<String, long[]> used = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                select budget_line_code, sum(cost_eur), sum(case when scenario_id is not null then cost_eur else 0 end)
                from enrolment group by budget_line_code""").getResultList()) {
            used.put((String) r[0], new long[]{((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        return BudgetLine.<BudgetLine>list("order by code").stream().map(l -> {
            long[] u = used.getOrDefault(l.code, new long[2]);
            return new LineUse(l, u[0], u[1]);
        }).toList();
    }

    /** Changes one line's amount; the lines together may never exceed the envelope, nor a line its committed money. */
    @Transactional
    public BudgetLine updateAmount(String code, long amountEur, Integer expectedVersion) {
        // Lock every line: two concurrent edits cannot both fit under the envelope by reading the old total.
        List<BudgetLine> lines = BudgetLine.find("order by code").withLock(LockModeType.PESSIMISTIC_WRITE).list();
        BudgetLine line = lines.stream().filter(l -> l.code.equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("no budget line " + code));
        if (expectedVersion != null && expectedVersion != line.version) {
            throw new jakarta.persistence.OptimisticLockException();
        }
        long others = lines.stream().filter(l -> l != line).mapToLong(l -> l.amountEur).sum();
        if (others + amountEur > envelopeEur) {
            throw new BudgetRuleException(BudgetRuleException.Rule.ABOVE_ENVELOPE, envelopeEur - others,
                    "the lines would total " + (others + amountEur) + " €, above the DREETS envelope of " + envelopeEur + " €");
        }
        long committed = committedEur(code);
        if (amountEur < committed) {
            throw new BudgetRuleException(BudgetRuleException.Rule.BELOW_COMMITTED, committed,
                    committed + " € are already committed on this line by enrolments");
        }
        line.amountEur = amountEur;
        BudgetLine.flush();
        return line;
    }

    long committedEur(String code) {
        return ((Number) em.createNativeQuery("select coalesce(sum(cost_eur), 0) from enrolment where budget_line_code = ?1")
                .setParameter(1, code).getSingleResult()).longValue();
    }
}
