package org.sigti.unit;

/** What an organizational unit is to SIGTI. */
public enum UnitKind {
    /** A team of the IT office (UIT, UPAT, AIT, OGTIE teams...): it owns queues and does the work. */
    IT_TEAM,
    /** Any other unit of the institution: its staff file requests. */
    REQUESTING
}
