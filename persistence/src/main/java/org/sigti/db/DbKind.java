package org.sigti.db;

import java.util.Locale;

/** The databases SIGTI runs on: H2 on disk as the zero-setup default, PostgreSQL in production. */
public enum DbKind {
    H2("jdbc:h2:"),
    POSTGRESQL("jdbc:postgresql:");

    private final String urlPrefix;

    DbKind(String urlPrefix) {
        this.urlPrefix = urlPrefix;
    }

    /** Whether a JDBC URL belongs to this kind of database. */
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.startsWith(urlPrefix);
    }

    /**
     * Parses the value of {@code SIGTI_DB_KIND}.
     *
     * @throws IllegalArgumentException naming the accepted values, for the administrator's log line
     */
    public static DbKind parse(String value) {
        String normalized = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (DbKind kind : values()) {
            if (kind.name().equals(normalized)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "SIGTI_DB_KIND='" + value + "' is not supported; use 'h2' (default) or 'postgresql'");
    }
}
