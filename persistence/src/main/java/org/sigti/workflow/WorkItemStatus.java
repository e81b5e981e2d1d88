package org.sigti.workflow;

/** Where one step of a case stands. */
public enum WorkItemStatus {
    /** Waits in an inbox. */
    OPEN,
    /** Somebody acted on it. */
    DONE,
    /** Withdrawn without an action, e.g. when a parallel branch ended the case. */
    CANCELLED
}
