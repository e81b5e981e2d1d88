package org.sigti.maintenance;

/**
 * The three types of systems maintenance of DPG/ESIN-PRO-5 (section 7): a) preventive, periodic, opened by the
 * semester's plan; b) corrective, when a failure or error occurs; c) evolutive, which improves or extends what a
 * system does, at a user's request or after a regulatory change.
 */
public enum SystemMaintenanceType {
    PREVENTIVE, CORRECTIVE, EVOLUTIVE
}
