package org.sigti.inventory;

import java.io.Serializable;
import java.time.Instant;

/** One active seat of a pool. */
public record SeatRow(long id, String holder, Instant assignedAt, String assignedBy, Long caseId)
        implements Serializable {
}
