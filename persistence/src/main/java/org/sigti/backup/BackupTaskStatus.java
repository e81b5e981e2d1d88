package org.sigti.backup;

/** A planned run: its case open, done, failed, or missed while the server was down (see the catch-up policy). */
public enum BackupTaskStatus {
    OPEN, DONE, FAILED, MISSED
}
