package org.sigti.workflow.flow;

/** How a step asks for a value. */
public enum FieldKind {
    /** One line. */
    TEXT,
    /** Several lines: a diagnosis, a solution, a report. */
    LONG_TEXT,
    /** Hours, a positive decimal number. */
    HOURS,
    /** One of the declared options. */
    CHOICE,
    /** A person of a unit, by user name. */
    PERSON
}
