package org.sigti.backup;

/** What a schedule copies (procedures.md S2 entity 18, scope). */
public enum BackupTargetKind {
    DATABASE, SOURCE_CODE, FILES, SYSTEM, INFRASTRUCTURE, NETWORK_DEVICE, PHONE_EXCHANGE
}
