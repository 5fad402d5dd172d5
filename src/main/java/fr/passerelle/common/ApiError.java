package fr.passerelle.common;

import java.util.List;

/**
 * The JSON body of every 4xx answer (and of a 503 when the search engine is away): a status, a message and, for bad
 * input, each field and its reason.
 */
public record ApiError(int status, String message, List<FieldError> errors) {
}
