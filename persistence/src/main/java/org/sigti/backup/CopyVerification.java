package org.sigti.backup;

/** Where a copy's integrity check stands (step 7 of SEPREM-DI-008.2/008.3). */
public enum CopyVerification {
    PENDING, VERIFIED, FAILED
}
