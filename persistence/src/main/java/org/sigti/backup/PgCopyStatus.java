package org.sigti.backup;

/** Where a pg_dump run stands: running (its bytes grow), done (a copy was registered) or failed (see message). */
public enum PgCopyStatus {
    RUNNING, DONE, FAILED
}
