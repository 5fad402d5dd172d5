package fr.passerelle.web.conseiller;

import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV exports as spreadsheets in France open them: « ; » separators, UTF-8 with a byte-order mark. */
final class Csv {
    private final StringBuilder out = new StringBuilder("\uFEFF");

    Csv row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(values.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    Response response(String fileName) {
        return Response.ok(out.toString().getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** Quotes when needed, and defuses a cell a spreadsheet would run as a formula (= + - @ at the start). */
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
