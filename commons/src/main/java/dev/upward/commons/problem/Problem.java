package dev.upward.commons.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} lists field-level violations so a
 * front end can show them next to the offending input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are stable URIs under one namespace so clients can switch on them. */
    public static final String TYPE_BASE = "https://upward.dev/problems/";

    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String typeSlug, String title, String detail) {
        return new Problem(TYPE_BASE + typeSlug, title, status, detail, null, null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }
}
