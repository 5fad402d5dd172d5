package fr.passerelle.planning.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The soft score is the format's objective times {@link #FACTOR}, as a long.
 * Priority and score carry one decimal each in the shared format, so priority * score has two:
 * x1000 keeps it exact with one digit to spare (exact whenever the product has at most 3 decimals).
 * Money is kept in cents.
 */
public final class ObjectiveScale {

    public static final long FACTOR = 1000L;
    private static final int DIGITS = 3;

    private ObjectiveScale() {
    }

    public static long scale(BigDecimal exactValue) {
        return exactValue.movePointRight(DIGITS).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    public static BigDecimal unscale(long scaled) {
        return BigDecimal.valueOf(scaled, DIGITS).stripTrailingZeros();
    }

    /** Cost of one trainee in cents, rounded up so that a plan feasible in cents is feasible in euros. */
    public static long costCents(BigDecimal euros) {
        return euros.movePointRight(2).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** Budget amount in cents, rounded down for the same reason. */
    public static long amountCents(BigDecimal euros) {
        return euros.movePointRight(2).setScale(0, RoundingMode.FLOOR).longValueExact();
    }
}
