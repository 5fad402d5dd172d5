package fr.passerelle.planning.io;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an instance breaks the format; carries every error found. */
public class InvalidInstanceException extends RuntimeException {

    private final transient List<ValidationError> errors;

    public InvalidInstanceException(List<ValidationError> errors) {
        super(errors.stream().map(ValidationError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> getErrors() {
        return errors;
    }
}
