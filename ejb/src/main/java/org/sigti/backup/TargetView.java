package org.sigti.backup;

import java.io.Serializable;

/**
 * A target for the screens: for SIGTI's own database, the coordinates of the server's datasource at this moment.
 *
 * @param scratchDatabase the effective scratch database (the default filled in)
 * @param keyTables       the configured list, or null for every user table
 */
public record TargetView(long id, String name, boolean ownDatabase, String host, Integer port, String database,
        String user, PasswordSource passwordSource, String passwordRef, String scratchDatabase, String keyTables,
        String locations) implements Serializable {

    /** The form's values, to edit. */
    public TargetEdit edit(String configuredScratch) {
        return new TargetEdit(id, name, ownDatabase, host, port, database, user, passwordSource, passwordRef,
                configuredScratch, keyTables, locations);
    }
}
