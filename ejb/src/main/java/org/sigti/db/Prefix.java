package org.sigti.db;

import java.util.Locale;
import java.util.Optional;

/**
 * A "starts with" filter that a plain b-tree index serves on every database and collation: the range
 * {@code [low, high)} lets the index seek (a LIKE alone cannot under a non-C PostgreSQL collation), and the LIKE
 * pattern keeps exactly the values that start with the prefix. {@code high} increments the last letter or digit of
 * the prefix, ignoring trailing punctuation, which linguistic collations skip at their first level.
 */
public record Prefix(String low, String high, String like) {

    static final char ESCAPE = '!';

    /** The filter for {@code input}, upper- or lower-cased like the stored values; empty for a blank input. */
    public static Optional<Prefix> of(String input, boolean upperCase) {
        if (input == null || input.isBlank()) {
            return Optional.empty();
        }
        String p = upperCase ? input.strip().toUpperCase(Locale.ROOT) : input.strip().toLowerCase(Locale.ROOT);
        int end = p.length();
        while (end > 0 && !Character.isLetterOrDigit(p.charAt(end - 1))) {
            end--;
        }
        String low = p.substring(0, end);
        return Optional.of(new Prefix(low, upperBound(low, upperCase), p.replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%"));
    }

    /**
     * The least string above every string that starts with {@code p}, in both binary and linguistic order: the last
     * ASCII letter or digit incremented ('9' to 'A', 'Z' carried to the one before); null when there is none.
     */
    static String upperBound(String p, boolean upperCase) {
        for (int i = p.length() - 1; i >= 0; i--) {
            char c = p.charAt(i);
            char top = upperCase ? 'Z' : 'z';
            if (c >= '0' && c < '9' || c >= (upperCase ? 'A' : 'a') && c < top) {
                return p.substring(0, i) + (char) (c + 1);
            }
            if (c == '9') {
                return p.substring(0, i) + (upperCase ? 'A' : 'a');
            }
        }
        return null;
    }

    /**
     * The JPQL condition on {@code path}, with parameters {@code <name>Low}, {@code <name>High}, {@code <name>Like}
     * (also used by {@code org.sigti.workflow.Inbox} for case numbers).
     */
    public String condition(String path, String name) {
        return " and " + path + " >= :" + name + "Low" + (high == null ? "" : " and " + path + " < :" + name + "High")
                + " and " + path + " like :" + name + "Like escape '" + ESCAPE + "'";
    }

    /** Binds the parameters of {@link #condition(String, String)} into {@code params}. */
    public void bind(java.util.Map<String, Object> params, String name) {
        params.put(name + "Low", low);
        if (high != null) {
            params.put(name + "High", high);
        }
        params.put(name + "Like", like);
    }
}
