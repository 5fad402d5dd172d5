package fr.passerelle.web;

import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** French formats for the pages: 12 345 678 €, 7 déc. 2026, 42 %. */
@TemplateExtension
public class TemplateExtensions {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRANCE);

    static long toPercent(double ratio) {
        return Math.round(ratio * 100);
    }

    static String euros(long amount) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(amount).replace('\u202f', ' ') + " €";
    }

    static String euros(int amount) {
        return euros((long) amount);
    }

    static String thousands(long value) {
        return NumberFormat.getIntegerInstance(Locale.FRANCE).format(value).replace('\u202f', ' ');
    }

    static String thousands(int value) {
        return thousands((long) value);
    }

    static String thousands(java.math.BigDecimal value) {
        return value == null ? "—" : thousands(value.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
    }

    /** An objective value: two decimals, French separators. */
    static String decimal(java.math.BigDecimal value) {
        return value == null ? "—" : decimal(value.doubleValue());
    }

    static String decimal(Double value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.FRANCE);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value).replace('\u202f', ' ');
    }

    /** The solver's stop reason (recorded in English for the audit of a plan) in words a counsellor reads. */
    static String terminationFr(String termination) {
        if (termination == null) {
            return "";
        }
        if (termination.startsWith("time limit ")) {
            return "Calcul arrêté à sa limite de temps (" + termination.substring("time limit ".length()) + ").";
        }
        if (termination.startsWith("stopped early")) {
            return "Calcul arrêté plus tôt par un conseiller.";
        }
        return termination;
    }

    static String frInstant(java.time.Instant instant) {
        return instant == null ? "—" : DATE.format(instant.atZone(java.time.ZoneId.of("Europe/Paris")));
    }

    static String fr(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }
}
