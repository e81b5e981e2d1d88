package org.sigti.backup;

import java.io.Serializable;
import java.util.Set;

/**
 * A schedule as the form sends it. {@code id} null: a new one. {@code time} "HH:mm" for the manuals' frequencies;
 * {@code weekday} 1 (Monday) to 7 for WEEKLY; {@code dayOfMonth} 1–28 for MONTHLY, QUARTERLY, SEMIANNUAL and ANNUAL;
 * {@code month} 1–12 for ANNUAL; {@code customExpression} for CUSTOM. {@code unitCode} only counts for the Jefe (a
 * Responsable's schedules are of their unit). {@code pgTargetId}: the registered PostgreSQL target SIGTI copies itself
 * with pg_dump at each run (DATABASE schedules only), or null.
 */
public record ScheduleDraft(Long id, long expectedVersion, String name, String targetKind, String targetName,
        Long systemId, String procedureCode, String frequency, String time, Integer weekday, Integer dayOfMonth,
        Integer month, String customExpression, String unitCode, String responsibleTecnico, Set<String> locations,
        Integer overdueHours, Long pgTargetId) implements Serializable {

    public ScheduleDraft {
        locations = locations == null ? Set.of() : Set.copyOf(locations);
    }
}
