package org.sigti.backup;

import java.io.Serializable;
import java.time.Instant;

/** A planned run of a schedule, with its case and whether its report can be downloaded. */
public record TaskRow(long id, Instant plannedAt, String status, boolean catchUp, Long caseId, String caseNumber,
        Instant escalatedAt, Instant completedAt) implements Serializable {
}
