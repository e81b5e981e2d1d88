package org.sigti.api;

import java.util.Map;

/**
 * An RFC 9457 problem detail as the API answers it ({@code application/problem+json}): a {@code type} per kind of
 * problem ({@code urn:sigti:problem:<kind>}), a localized {@code title}, the HTTP {@code status}, a localized
 * {@code detail}, the request's path as {@code instance}; and as extensions, for invalid input, what is wrong with
 * each field ({@code errors}), and for an internal error the {@code reference} that the server's log carries.
 * Never a stack trace, a class name or a message key.
 */
public record Problem(String type, String title, int status, String detail, String instance,
        Map<String, String> errors, String reference) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
