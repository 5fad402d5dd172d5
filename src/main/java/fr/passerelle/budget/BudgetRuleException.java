package fr.passerelle.budget;

import fr.passerelle.common.BadInputException;
import fr.passerelle.common.FieldError;

import java.util.List;

/** An amount a budget rule refuses: the API answers its English reason (400), the pages say it in French. */
public class BudgetRuleException extends BadInputException {

    public enum Rule {
        /** The lines together would exceed the DREETS envelope. */
        ABOVE_ENVELOPE,
        /** The line would drop below the money enrolments already commit on it. */
        BELOW_COMMITTED
    }

    private final Rule rule;
    private final long limitEur;

    BudgetRuleException(Rule rule, long limitEur, String reason) {
        super(List.of(FieldError.of("amountEur", reason)));
        this.rule = rule;
        this.limitEur = limitEur;
    }

    public Rule rule() {
        return rule;
    }

    /** The envelope's room for this line (ABOVE_ENVELOPE) or the committed money (BELOW_COMMITTED). */
    public long limitEur() {
        return limitEur;
    }
}
