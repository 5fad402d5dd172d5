package fr.passerelle.web;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/**
 * A CSV download for spreadsheet users in France: UTF-8 with a byte-order mark and ';' separators (what Excel
 * expects with a French locale), every field quoted when needed, and cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) prefixed with a quote.
 */
public class CsvExport {
    private final StringBuilder text = new StringBuilder("\uFEFF");

    public CsvExport(String... header) {
        if (header.length > 0) {
            row((Object[]) header);
        }
    }

    public CsvExport row(java.util.List<?> values) {
        return row(values.toArray());
    }

    public CsvExport row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(values[i]));
        }
        text.append("\r\n");
        return this;
    }

    public String text() {
        return text.toString();
    }

    public Response response(String fileName) {
        return Response.ok(text.toString().getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
