package org.sigti.workflow;

/** Whether a case still runs. Labels live in the bundle as {@code CaseStatus.<NAME>}. */
public enum CaseStatus {
    /** At least one step waits for someone. */
    OPEN,
    /** The procedure reached its end. */
    CLOSED
}
