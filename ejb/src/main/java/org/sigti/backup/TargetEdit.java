package org.sigti.backup;

/**
 * A target as the screen submits it. For SIGTI's own database only name, scratch database, key tables and
 * locations count. Blank scratch database: {@code <database>_sigti_verify}; blank key tables: every user table.
 *
 * @param id null for a new target
 */
public record TargetEdit(Long id, String name, boolean ownDatabase, String host, Integer port, String database,
        String user, PasswordSource passwordSource, String passwordRef, String scratchDatabase, String keyTables,
        String locations) {
}
