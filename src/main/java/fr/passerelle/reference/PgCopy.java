package fr.passerelle.reference;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;

/** Bulk writes with PostgreSQL's COPY (CSV flavour): one round trip per chunk instead of one per row. */
public final class PgCopy {

    private PgCopy() {
    }

    public static long copy(Connection connection, String table, List<String> columns, Iterable<Object[]> rows)
            throws SQLException {
        String sql = "COPY " + table + " (" + String.join(",", columns) + ") FROM STDIN WITH (FORMAT csv)";
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        long count = 0;
        try {
            StringBuilder chunk = new StringBuilder(1 << 17);
            for (Object[] row : rows) {
                appendRow(chunk, row);
                count++;
                if (chunk.length() > (1 << 16)) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        return count;
    }

    private static void appendRow(StringBuilder sb, Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = row[i];
            if (v == null) {
                continue; // unquoted empty = NULL
            }
            if (v instanceof Number || v instanceof Boolean || v instanceof LocalDate || v instanceof Temporal) {
                sb.append(v);
            } else {
                String s = v.toString();
                sb.append('"');
                for (int k = 0; k < s.length(); k++) {
                    char c = s.charAt(k);
                    if (c == '"') {
                        sb.append('"');
                    }
                    sb.append(c);
                }
                sb.append('"');
            }
        }
        sb.append('\n');
    }
}
