package fr.passerelle.common;

import java.util.List;

/** Input that passed Bean Validation but is still wrong (unknown commune, incoherent dates...): HTTP 400. */
public class BadInputException extends RuntimeException {

    private final List<FieldError> errors;

    public BadInputException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public static BadInputException of(String field, String reason) {
        return new BadInputException(List.of(FieldError.of(field, reason)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
