package fr.passerelle.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** One CSV record; every typed accessor fails with the file, line and field when the value is unusable. */
public final class CsvRecord {

    private final String source;
    private final int line;
    private final Map<String, Integer> index;
    private final List<String> values;

    CsvRecord(String source, int line, Map<String, Integer> index, List<String> values) {
        this.source = source;
        this.line = line;
        this.index = index;
        this.values = values;
    }

    public int line() {
        return line;
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The raw value, trimmed; empty when blank. */
    public String raw(String column) {
        Integer i = index.get(column);
        if (i == null) {
            throw error(column, "missing column");
        }
        return values.get(i).trim();
    }

    public String optionalText(String column) {
        String v = raw(column);
        return v.isEmpty() ? null : v;
    }

    public String text(String column) {
        String v = raw(column);
        if (v.isEmpty()) {
            throw error(column, "value required");
        }
        return v;
    }

    public String text(String column, Pattern pattern, String expected) {
        String v = text(column);
        if (!pattern.matcher(v).matches()) {
            throw error(column, "'" + v + "' is not " + expected);
        }
        return v;
    }

    public int integer(String column) {
        String v = text(column);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw error(column, "'" + v + "' is not an integer");
        }
    }

    public Integer optionalInteger(String column) {
        return raw(column).isEmpty() ? null : integer(column);
    }

    public long longValue(String column) {
        String v = text(column);
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw error(column, "'" + v + "' is not an integer");
        }
    }

    public double decimal(String column) {
        String v = text(column);
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw error(column, "'" + v + "' is not a number");
        }
    }

    public LocalDate date(String column) {
        String v = text(column);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw error(column, "'" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    public LocalDate optionalDate(String column) {
        return raw(column).isEmpty() ? null : date(column);
    }

    public CsvFormatException error(String column, String reason) {
        return new CsvFormatException(source, line, column, reason);
    }
}
