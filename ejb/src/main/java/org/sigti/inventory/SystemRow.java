package org.sigti.inventory;

import java.io.Serializable;

/** One system or platform of the catalog. */
public record SystemRow(long id, long version, String code, String name, SystemKind kind, Criticality criticality,
        String ownerUnitCode, String description, boolean active) implements Serializable {
}
