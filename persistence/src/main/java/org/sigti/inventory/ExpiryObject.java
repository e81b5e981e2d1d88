package org.sigti.inventory;

/** What an expiry alert is about: a license pool's expiry or a piece of equipment's warranty. */
public enum ExpiryObject {
    LICENSE_POOL, EQUIPMENT
}
