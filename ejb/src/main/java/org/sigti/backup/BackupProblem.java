package org.sigti.backup;

/** Why a backup action was refused or could not be done; the screens say it with key {@code BackupProblem.X}. */
public enum BackupProblem {
    NAME_REQUIRED,
    NAME_TAKEN,
    HOST_REQUIRED,
    PORT_INVALID,
    DATABASE_REQUIRED,
    USER_REQUIRED,
    IDENTIFIER_INVALID,
    PASSWORD_REF_REQUIRED,
    PASSWORD_UNAVAILABLE,
    /** The environment variable is not a target's ({@code SIGTI_TARGET_*}): SIGTI's own secrets never leave. */
    PASSWORD_REF_NOT_ALLOWED,
    /** The pgpass file is not a file of the directory the administrator set for them. */
    PGPASS_NOT_ALLOWED,
    /** The host is not among those the administrator allowed for targets. */
    HOST_NOT_ALLOWED,
    SCRATCH_IS_DATABASE,
    KEY_TABLES_INVALID,
    OWN_DATABASE_NOT_POSTGRESQL,
    OWN_DATABASE_EXISTS,
    TARGET_NOT_FOUND,
    CASE_NOT_FOUND,
    TASK_NOT_FOUND,
    RUN_NOT_FOUND,
    COPY_NOT_FOUND,
    COPY_NOT_VERIFIABLE,
    PG_BIN_NOT_FOUND,
    CONNECTION_FAILED
}
