package org.sigti.inventory;

import java.time.LocalDate;

/**
 * The notice window of the expiry calendar: an expiry date is due for a renewal case when it falls between today
 * and today + {@code days}, both included. An object already expired is not announced any more (its case, if any,
 * was opened while it was in the window); a new expiry date after a renewal is a new object-date pair.
 */
public record ExpiryWindow(LocalDate today, int days) {

    public static final int DEFAULT_DAYS = 30;
    public static final int MAX_DAYS = 365;

    public ExpiryWindow {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("window must be 0-" + MAX_DAYS + " days");
        }
    }

    public LocalDate until() {
        return today.plusDays(days);
    }

    public boolean isDue(LocalDate expiry) {
        return expiry != null && !expiry.isBefore(today) && !expiry.isAfter(until());
    }

    /** Whether the daily sweep runs at {@code hour}: from the configured hour on, once per day. */
    public static boolean sweepDue(int configuredHour, int currentHour, LocalDate lastRun, LocalDate today) {
        return currentHour >= configuredHour && (lastRun == null || lastRun.isBefore(today));
    }
}
