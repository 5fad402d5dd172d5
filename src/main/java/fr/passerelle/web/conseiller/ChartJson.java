package fr.passerelle.web.conseiller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * A chart's data for /static/js/dashboard.js, written into a {@code <script type="application/json">} block: data,
 * never executed, so the CSP (script-src 'self') allows it. Only reference labels and numbers go in it, and
 * {@code < > &} are escaped so that no text can close the block.
 */
public final class ChartJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Series(String label, List<? extends Number> data) {
    }

    public record Chart(String type, boolean stacked, String title, List<String> labels, List<Series> series) {
    }

    private ChartJson() {
    }

    public static String write(Chart chart) {
        try {
            // these characters can only appear inside JSON strings, where \\uXXXX means the same
            return JSON.writeValueAsString(chart).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
