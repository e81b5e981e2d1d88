package org.sigti.inventory;

/**
 * Where a piece of equipment is in its life: in the store, with a custodian, being repaired, recommended for
 * disposal by an approved dictamen técnico (SEPREM-DI-004.1: "para baja", waiting for the administrative baja), or
 * disposed of.
 */
public enum EquipmentState {
    IN_STOCK, ASSIGNED, IN_MAINTENANCE, FOR_DISPOSAL, RETIRED
}
