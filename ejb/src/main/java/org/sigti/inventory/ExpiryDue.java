package org.sigti.inventory;

import java.time.LocalDate;

import org.sigti.workflow.CaseRequest;

/**
 * A license pool or an equipment's warranty enters the notice window of the expiry calendar: fired by
 * {@link ExpiryAlerts} once per object and expiry date, in that object's own transaction. The renewal procedure
 * observes it and opens its case in the Responsable's inbox ({@code assignee}, when set); the calendar links the case
 * to its {@code expiry_alert} row.
 *
 * @param pool the pool, or null for a warranty
 * @param equipment the equipment, or null for a license
 */
public final class ExpiryDue extends CaseRequest {

    private final LicensePool pool;
    private final Equipment equipment;
    private final LocalDate expiresOn;
    private final String assignee;

    ExpiryDue(LicensePool pool, Equipment equipment, LocalDate expiresOn, String assignee) {
        this.pool = pool;
        this.equipment = equipment;
        this.expiresOn = expiresOn;
        this.assignee = assignee;
    }

    /** The license pool whose license expires, or null when it is a warranty. */
    public LicensePool pool() {
        return pool;
    }

    /** The equipment whose warranty expires, or null when it is a license. */
    public Equipment equipment() {
        return equipment;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    /** Who the calendar's settings name to receive the renewal (may be null: the unit's queue). */
    public String assignee() {
        return assignee;
    }
}
