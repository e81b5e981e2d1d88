package org.sigti.maintenance;

/**
 * Why the equipment is maintained: filed by a person (CORRECTIVE: a requester's request in SEPREM-DI-006.1, a
 * support ticket of S04.03.04.03) or opened by the annual plan (PREVENTIVE, one per equipment and year).
 */
public enum MaintenanceKind {
    CORRECTIVE, PREVENTIVE
}
