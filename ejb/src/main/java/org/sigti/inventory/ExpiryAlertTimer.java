package org.sigti.inventory;

import java.time.ZonedDateTime;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.sigti.db.DatabaseMigration;

/**
 * The daily expiry sweep (SEPREM-DI-005.1's calendar). Fires every hour and sweeps once a day, from the hour set on
 * the inventory settings screen on (inventory_setting {@code expiry.hour}), so the hour can change without a
 * redeployment and a day the server was down at that hour is caught up at the next firing.
 */
@Singleton
@PermitAll // a timer: no caller; the cases it opens are recorded as opened by the calendar
public class ExpiryAlertTimer {

    @EJB
    DatabaseMigration database;

    @EJB
    ExpiryAlerts alerts;

    // not persistent (SIGTI deploys while its database is down): hourly, and the sweep records the last day it
    // swept, so the first firing after a restart catches up the days missed
    @Schedule(hour = "*", minute = "7", persistent = false, info = "sigti-inventory-expiry-sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void fire() {
        if (!database.isReady()) {
            return; // the migration's own retry reports the database problem
        }
        alerts.sweepIfDue(ZonedDateTime.now(InventoryCustody.ZONE).getHour());
    }
}
