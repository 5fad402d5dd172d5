package fr.passerelle.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One rejected input: which field (and CSV line, for imports), and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(Integer line, String field, String reason) {

    public static FieldError of(String field, String reason) {
        return new FieldError(null, field, reason);
    }

    public FieldError atLine(int line) {
        return new FieldError(line, field, reason);
    }
}
