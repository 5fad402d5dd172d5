package fr.passerelle.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns bad input into 400 answers that name each field and reason: a client error is never a 500. */
public class ApiExceptionMappers {

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(FieldError.of(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return badRequest(errors);
    }

    @ServerExceptionMapper
    public Response badInput(BadInputException e) {
        return badRequest(e.errors());
    }

    // The built-in Jackson mappers answer an empty 400: ours name the field.
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    /** The JSON reader wraps a syntax error in a WebApplicationException; other ones keep their own response. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        return e.getResponse();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            field = sb.length() == 0 ? "body" : sb.toString();
        }
        return badRequest(List.of(FieldError.of(field, "unreadable value: " + e.getOriginalMessage())));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e) {
        return json(Response.Status.CONFLICT, new ApiError(409, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e) {
        return json(Response.Status.CONFLICT,
                new ApiError(409, "modified by someone else meanwhile: reload and try again", List.of()));
    }

    static Response badRequest(List<FieldError> errors) {
        return json(Response.Status.BAD_REQUEST, new ApiError(400, "invalid input", errors));
    }

    public static Response json(Response.Status status, ApiError body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** "create.request.skills[0].code" -> "skills[0].code"; a query parameter keeps its own name. */
    public static String fieldName(Path path) {
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            // An element of a list carries its index on the node that follows the list.
            if (node.isInIterable() && sb.length() > 0) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        return sb.length() > 0 ? sb.toString() : (parameter == null ? "request" : parameter);
    }
}
