package org.sigti.api;

import java.util.Map;

/**
 * A request the API refuses before calling any service: a body that is not JSON ({@code kind} "malformed"), or fields
 * and parameters that are wrong, each with the key of what is wrong ({@code field.<key>} in the problems' bundle).
 * Answered 400 by {@link ProblemMapper}; nothing was recorded.
 */
public class ApiInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final Map<String, String> fields;

    private ApiInputException(String kind, Map<String, String> fields) {
        super(kind != null ? kind : "invalid " + fields);
        this.kind = kind;
        this.fields = Map.copyOf(fields);
    }

    /** The body is not a JSON object. */
    public static ApiInputException malformed() {
        return new ApiInputException("malformed", Map.of());
    }

    /** Fields or parameters (name → key of what is wrong). */
    public static ApiInputException invalid(Map<String, String> fields) {
        return new ApiInputException(null, fields);
    }

    /** "malformed", or null when {@link #fields} says what is wrong. */
    public String kind() {
        return kind;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
