package org.sigti.backup;

import java.nio.file.Path;

import org.sigti.db.DatabaseSettings;
import org.sigti.db.DbKind;

/**
 * Resolves a target into {@link PgCoordinates} at the moment of use. SIGTI's own database takes the datasource's
 * settings: {@code SIGTI_DB_URL}, {@code SIGTI_DB_USER} and the password in {@code SIGTI_DB_PASSWORD} (the same
 * defaults as wildfly-config/cli/02-datasource.cli). Any other target's password source and host pass
 * {@link TargetSecrets} at each use.
 */
final class TargetCoordinates {

    static final String SCRATCH_SUFFIX = "_sigti_verify";

    private TargetCoordinates() {
    }

    /** Whether SIGTI itself runs on PostgreSQL, so that its own database may be a target. */
    static boolean ownDatabaseIsPostgresql() {
        DatabaseSettings settings = DatabaseSettings.fromSystem();
        return settings.problem() == null && settings.kind() == DbKind.POSTGRESQL;
    }

    static PgCoordinates of(BackupTarget target) {
        if (target.isOwnDatabase()) {
            if (!ownDatabaseIsPostgresql()) {
                throw new BackupException(BackupProblem.OWN_DATABASE_NOT_POSTGRESQL);
            }
            return PgCoordinates.fromJdbcUrl(DatabaseSettings.fromSystem().url(), env("SIGTI_DB_USER", "sigti"),
                    env("SIGTI_DB_PASSWORD", "sigti"));
        }
        String password = null;
        Path passFile = null;
        TargetSecrets secrets = TargetSecrets.ofServer();
        secrets.host(target.getHost());
        switch (target.getPasswordSource()) {
            case ENV -> {
                password = secrets.envValue(target.getPasswordRef());
                if (password == null) {
                    throw new BackupException(BackupProblem.PASSWORD_UNAVAILABLE,
                            "variable de entorno " + target.getPasswordRef());
                }
            }
            case PGPASS -> passFile = secrets.pgpass(target.getPasswordRef());
            case NONE -> {
                // trust, or the server user's ~/.pgpass, which libpq and the driver read themselves
            }
        }
        return new PgCoordinates(target.getHost(), target.getPort(), target.getDatabaseName(), target.getUserName(),
                password, passFile);
    }

    /** The scratch database the verification restores into. */
    static String scratch(BackupTarget target, PgCoordinates coordinates) {
        if (target.getScratchDatabase() != null && !target.getScratchDatabase().isBlank()) {
            return target.getScratchDatabase();
        }
        String name = coordinates.database() + SCRATCH_SUFFIX;
        return name.length() > BackupTarget.IDENTIFIER_MAXLENGTH
                ? coordinates.database().substring(0, BackupTarget.IDENTIFIER_MAXLENGTH - SCRATCH_SUFFIX.length())
                        + SCRATCH_SUFFIX
                : name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
