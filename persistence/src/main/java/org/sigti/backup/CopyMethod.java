package org.sigti.backup;

/** How a copy was made: registered by the technician, or made and measured by SIGTI itself with pg_dump. */
public enum CopyMethod {
    MANUAL, PG_DUMP
}
