package org.sigti.inventory;

/** Where a version of a catalogued system runs, as the inventory of information systems records it. */
public enum SystemEnvironment {
    PRODUCTION, QUALITY, DEVELOPMENT
}
