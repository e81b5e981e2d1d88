package org.sigti.inventory;

import java.io.Serializable;

/**
 * What the step that updates the inventory of information systems hands over (MINDEF S04.02.00.01 step 43,
 * S04.02.00.02 step 36): the system by its code, its name and owner unit, the version now in use and its
 * environment; kind and criticality only matter when the system is new to the catalog (null: a substantive system of
 * medium criticality).
 */
public record InventoryEntry(String code, String name, String ownerUnitCode, String version,
        SystemEnvironment environment, SystemKind kind, Criticality criticality) implements Serializable {
}
