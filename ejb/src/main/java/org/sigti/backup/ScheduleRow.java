package org.sigti.backup;

import java.io.Serializable;
import java.time.Instant;

/** A schedule in the list: what, how often, by whom, and its next planned time when enabled. */
public record ScheduleRow(long id, String name, String targetKind, String targetName, String procedureCode,
        String frequency, String expression, String timeZone, String unitCode, String responsibleTecnico,
        String locations, int overdueHours, boolean enabled, Instant nextRun, long version) implements Serializable {
}
