package org.sigti.inventory;

/** How a license pool counts: per person, per device, a subscription, or a contracted service. */
public enum LicenseType {
    PER_USER, PER_DEVICE, SUBSCRIPTION, SERVICE
}
