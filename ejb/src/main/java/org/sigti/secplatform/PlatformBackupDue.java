package org.sigti.secplatform;

import java.time.YearMonth;

import org.sigti.workflow.CaseRequest;

/**
 * A security platform's monthly backup is due (S04.04.00.01 step 10, "de manera mensual"): fired by
 * {@link PlatformBackupCalendar} once per active platform and month, in the calendar run's transaction. The procedure
 * observes it and opens the case that waits at step 10; the calendar then links the month's backup to that case.
 */
public final class PlatformBackupDue extends CaseRequest {

    private final SecurityPlatform platform;
    private final YearMonth month;
    private final String onBehalfOf;

    PlatformBackupDue(SecurityPlatform platform, YearMonth month, String onBehalfOf) {
        this.platform = platform;
        this.month = month;
        this.onBehalfOf = onBehalfOf;
    }

    public SecurityPlatform platform() {
        return platform;
    }

    public YearMonth month() {
        return month;
    }

    /** Whose calendar opens it. */
    public String onBehalfOf() {
        return onBehalfOf;
    }
}
