package fr.passerelle.common;

import java.time.LocalDate;

/** Conversions of the values native SQL queries return (the JDBC driver's types differ from the entities'). */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code date} column: {@link java.sql.Date} from native queries, already a LocalDate elsewhere. */
    public static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A {@code timestamp with time zone} column (null stays null): the driver answers Timestamp or OffsetDateTime. */
    public static java.time.Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (java.time.Instant) value;
    }
}
