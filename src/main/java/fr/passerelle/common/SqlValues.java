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
}
