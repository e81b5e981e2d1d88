package org.sigti.incidents;

import org.sigti.workflow.Actor;
import org.sigti.workflow.CaseRequest;

/**
 * A security system's alert that no open incident of the same source and fingerprint answers within the window:
 * fired by {@link SecurityAlerts} in the receiving transaction. The security-incident procedure observes it, checks
 * the caller may open its cases (its institution), opens its case at the OGTIE's entry branch and hands it back
 * ({@link #opened}); the intake then writes the alert on the incident's line.
 */
public final class SecurityAlertRaised extends CaseRequest {

    private final Actor caller;
    private final SecurityAlert alert;

    SecurityAlertRaised(Actor caller, SecurityAlert alert) {
        this.caller = caller;
        this.alert = alert;
    }

    /** Who posted the alert (a security system's service account, or a person). */
    public Actor caller() {
        return caller;
    }

    public SecurityAlert alert() {
        return alert;
    }
}
