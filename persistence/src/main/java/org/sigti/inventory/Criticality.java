package org.sigti.inventory;

/** How critical a system is: SEPREM's manuals set backup frequencies by it (procedures.md C10, C11). */
public enum Criticality {
    HIGH, MEDIUM, LOW
}
