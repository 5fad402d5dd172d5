package fr.passerelle.reference;

/** A reference dataset that could not be loaded; nothing of it was kept. */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
