package org.sigti.backup;

/**
 * How a copy was made: registered by the technician, made and measured by SIGTI itself with pg_dump, or made by a
 * script on a server that registered it through the REST API ({@code POST /api/v1/backup-copies}).
 */
public enum CopyMethod {
    MANUAL, PG_DUMP, SCRIPT
}
