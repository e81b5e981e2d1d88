package org.sigti.sla;

/** How much of the institution a case affects. Screens show {@code Impact.<VALUE>} from the bundle. */
public enum Impact {
    /** Many people or a service the whole institution depends on. */
    ALTA,
    /** A unit or a group of people. */
    MEDIA,
    /** One person, with a workaround. */
    BAJA
}
