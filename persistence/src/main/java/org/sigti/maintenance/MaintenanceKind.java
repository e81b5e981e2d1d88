package org.sigti.maintenance;

/** Why the equipment is maintained: a request (corrective) or the annual plan (preventive). */
public enum MaintenanceKind {
    CORRECTIVE, PREVENTIVE
}
