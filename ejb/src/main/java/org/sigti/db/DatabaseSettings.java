package org.sigti.db;

/**
 * The database configuration as the server resolved it from the administrator's environment variables
 * ({@code SIGTI_DB_KIND}, {@code SIGTI_DB_URL}, see {@code wildfly-config/cli/01-application.cli}), and the messages
 * that tell an administrator what to fix.
 *
 * @param kindValue the configured kind, verbatim
 * @param url       the JDBC URL without credentials
 * @param demoData  whether the demo data is loaded ({@code SIGTI_DEMO_DATA})
 */
public record DatabaseSettings(String kindValue, String url, boolean demoData) {

    static final String KIND_PROPERTY = "sigti.db.kind";
    static final String URL_PROPERTY = "sigti.db.url";
    static final String DEMO_PROPERTY = "sigti.demo-data";

    public static DatabaseSettings fromSystem() {
        return new DatabaseSettings(System.getProperty(KIND_PROPERTY, "h2"), System.getProperty(URL_PROPERTY, ""),
                Boolean.parseBoolean(System.getProperty(DEMO_PROPERTY, "false")));
    }

    /** The parsed kind; only call when {@link #problem()} is null. */
    public DbKind kind() {
        return DbKind.parse(kindValue);
    }

    /** What is wrong with the configuration itself, or null. */
    public String problem() {
        DbKind kind;
        try {
            kind = kind();
        } catch (IllegalArgumentException e) {
            return "SIGTI: " + e.getMessage() + ".";
        }
        if (!kind.accepts(url)) {
            return "SIGTI: SIGTI_DB_URL='" + url + "' does not fit SIGTI_DB_KIND=" + kindValue
                    + ". Fix: for PostgreSQL set SIGTI_DB_KIND=postgresql and"
                    + " SIGTI_DB_URL=jdbc:postgresql://HOST:PORT/DATABASE; for the embedded H2 unset both.";
        }
        return null;
    }

    /** The administrator's line for a database that does not answer. */
    public String unreachable(String cause) {
        return "SIGTI: cannot connect to the database at " + url + " (" + cause + ")."
                + " Fix: start the database or correct SIGTI_DB_URL, SIGTI_DB_USER and SIGTI_DB_PASSWORD (and"
                + " SIGTI_DB_OWNER, SIGTI_DB_OWNER_PASSWORD when set), then wait:"
                + " SIGTI retries every " + DatabaseMigration.RETRY_SECONDS + " s and /sigti/health/ready says DOWN"
                + " until it connects.";
    }
}
