package org.sigti.db;

/**
 * Puts a name that comes from configuration or the catalog (a role, a schema, a table, a database) into SQL text,
 * where no statement parameter can stand: DDL, GRANT and REVOKE take no {@code ?}.
 */
public final class SqlIdentifier {

    private SqlIdentifier() {
    }

    /** The identifier double-quoted, inner quotes doubled: read verbatim, case kept, never as SQL. */
    public static String quote(String identifier) {
        if (identifier == null || identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Not an SQL identifier: " + identifier);
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
