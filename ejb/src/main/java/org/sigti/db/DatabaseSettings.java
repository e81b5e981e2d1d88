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

    /** The password SIGTI's configuration gives when none is set: accepted on the embedded H2 only. */
    static final String DEFAULT_PASSWORD = "sigti";
    /** The account SIGTI's configuration names when none is set. */
    static final String DEFAULT_USER = "sigti";
    /** {@code SIGTI_DB_PASSWORD_SOURCE} saying the datasources read their passwords from WildFly's credential store. */
    static final String CREDENTIAL_STORE = "credential-store";

    /**
     * What is wrong with the passwords of a PostgreSQL database, read from the server's environment, or null: each
     * account SIGTI uses needs one of its own, set ({@code SIGTI_DB_PASSWORD}, {@code SIGTI_DB_OWNER_PASSWORD} when the
     * owner is another account) or kept in WildFly's credential store
     * ({@code SIGTI_DB_PASSWORD_SOURCE=credential-store});
     * the default every copy of SIGTI knows is refused. The embedded H2, reachable from the server alone, keeps it.
     */
    public String passwordProblem(java.util.Map<String, String> env) {
        if (kind() != DbKind.POSTGRESQL || CREDENTIAL_STORE.equals(env.get("SIGTI_DB_PASSWORD_SOURCE"))) {
            return null;
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (weak(env.get("SIGTI_DB_PASSWORD"))) {
            missing.add("SIGTI_DB_PASSWORD");
        }
        String owner = env.get("SIGTI_DB_OWNER");
        if (owner != null && !owner.isBlank() && !owner.equals(env.getOrDefault("SIGTI_DB_USER", DEFAULT_USER))
                && weak(env.get("SIGTI_DB_OWNER_PASSWORD"))) {
            missing.add("SIGTI_DB_OWNER_PASSWORD");
        }
        return missing.isEmpty() ? null : "SIGTI: on PostgreSQL " + String.join(" and ", missing)
                + " must be the account's own password: unset, empty or the default '" + DEFAULT_PASSWORD
                + "' is refused. Fix: set it in the server's environment, or keep it in WildFly's credential store"
                + " and set SIGTI_DB_PASSWORD_SOURCE=" + CREDENTIAL_STORE + " (README, Database roles).";
    }

    private static boolean weak(String password) {
        return password == null || password.isBlank() || password.equals(DEFAULT_PASSWORD);
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
