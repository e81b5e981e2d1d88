package org.sigti.web.admin;

/**
 * The value of a list's filter taken from the page's URL ({@code ?status=FAILED}, {@code ?kind=LOGIN_FAILED}), so
 * that a filtered list is a link: a value the list does not know is a warning and no filter, never an error page.
 */
final class UrlFilter {

    private UrlFilter() {
    }

    /**
     * The constant named by {@code value}; null for no value, and null with the warning {@code unknownKey} for a name
     * that is not one of {@code type}'s.
     */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String unknownKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            ProblemMessages.warn(unknownKey);
            return null;
        }
    }
}
