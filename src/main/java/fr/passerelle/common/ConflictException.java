package fr.passerelle.common;

/** A request that is well-formed but clashes with the current state (e.g. a budget envelope exceeded): HTTP 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
