package org.sigti.inventory;

import java.io.Serializable;

/**
 * One system or platform of the catalog, with the version and environment the inventory of information systems
 * recorded last ({@link SystemInventory}; null before).
 */
public record SystemRow(long id, long version, String code, String name, SystemKind kind, Criticality criticality,
        String ownerUnitCode, String description, boolean active, String currentVersion,
        SystemEnvironment environment) implements Serializable {

    /** A row as the catalog's forms write it: no version recorded by the inventory. */
    public SystemRow(long id, long version, String code, String name, SystemKind kind, Criticality criticality,
            String ownerUnitCode, String description, boolean active) {
        this(id, version, code, name, kind, criticality, ownerUnitCode, description, active, null, null);
    }
}
