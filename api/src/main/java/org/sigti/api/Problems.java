package org.sigti.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.ws.rs.core.Response;

/**
 * Builds the API's problem details in the caller's language: Spanish unless {@code Accept-Language} prefers English
 * ({@link #locale}). Texts come from {@code org/sigti/api/problems*.properties}; a kernel message key without a text
 * there is shown as the generic "no es válido", never as the key.
 */
public final class Problems {

    private static final String BUNDLE = "org.sigti.api.problems";
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    private Problems() {
    }

    /** {@link #locale(List)} of an {@code Accept-Language} header (null or malformed: Spanish). */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return SPANISH;
        }
        try {
            return locale(Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList());
        } catch (IllegalArgumentException e) {
            return SPANISH;
        }
    }

    /** The first of the caller's acceptable languages that the API speaks (Spanish, English); Spanish otherwise. */
    public static Locale locale(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("es".equals(locale.getLanguage())) {
                return SPANISH;
            }
        }
        return SPANISH;
    }

    /** A problem of {@code kind} with the kind's own detail. */
    public static Problem of(Locale locale, int status, String kind, String instance) {
        return of(locale, status, kind, text(locale, "problem." + kind + ".detail"), instance, null, null);
    }

    /** Invalid input: {@code fields} maps each field to the key of what is wrong with it. */
    public static Problem invalid(Locale locale, Map<String, String> fields, String instance) {
        Map<String, String> errors = new LinkedHashMap<>();
        fields.forEach((field, key) -> errors.put(field, text(locale, "field." + key)));
        return of(locale, 400, "invalid", text(locale, "problem.invalid.detail"), instance, errors, null);
    }

    public static Problem of(Locale locale, int status, String kind, String detail, String instance,
            Map<String, String> errors, String reference) {
        return new Problem("urn:sigti:problem:" + kind, text(locale, "problem." + kind + ".title"), status, detail,
                instance, errors == null || errors.isEmpty() ? null : Map.copyOf(errors), reference);
    }

    /** The response of a problem. */
    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header("Cache-Control", "no-store").build();
    }

    static String text(Locale locale, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Problems.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return bundle.getString(key.startsWith("field.") ? "field.invalid" : "problem.invalid.title");
        }
    }
}
