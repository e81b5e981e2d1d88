package org.sigti.accounts;

/** Where an account stands: usable, disabled (a baja under way, E8 step 2), or closed for good. */
public enum AccountStatus {
    ACTIVE, DISABLED, CLOSED
}
