package org.sigti.backup;

/**
 * What a schedule copies (procedures.md S2 entity 18, scope). {@code LOG}: the event logs of a critical system (one
 * operating-system log a job: Seguridad, Aplicación, Sistema), S04.03.01.04 step 4.
 */
public enum BackupTargetKind {
    DATABASE, SOURCE_CODE, FILES, SYSTEM, INFRASTRUCTURE, NETWORK_DEVICE, PHONE_EXCHANGE, LOG
}
