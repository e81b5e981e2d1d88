package org.sigti.sla;

/** How soon the business needs the case solved. Screens show {@code Urgency.<VALUE>} from the bundle. */
public enum Urgency {
    /** Work is stopped now. */
    ALTA,
    /** Work is slowed down. */
    MEDIA,
    /** Work can wait. */
    BAJA
}
