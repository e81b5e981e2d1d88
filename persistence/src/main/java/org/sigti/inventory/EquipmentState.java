package org.sigti.inventory;

/** Where a piece of equipment is in its life: in the store, with a custodian, being repaired, or disposed of. */
public enum EquipmentState {
    IN_STOCK, ASSIGNED, IN_MAINTENANCE, RETIRED
}
