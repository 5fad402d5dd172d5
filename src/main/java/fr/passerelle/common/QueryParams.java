package fr.passerelle.common;

/**
 * Numbers read from query strings. JAX-RS answers 404 when it cannot convert a query parameter to an int; read as
 * text and converted here, a bad number is a 400 naming the parameter, like any other bad input.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int bounded(String raw, String field, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw BadInputException.of(field, "must be a whole number");
        }
        if (value < min || value > max) {
            throw BadInputException.of(field, "must be between " + min + " and " + max);
        }
        return value;
    }
}
