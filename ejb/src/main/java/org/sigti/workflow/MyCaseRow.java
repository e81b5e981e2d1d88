package org.sigti.workflow;

import java.io.Serializable;
import java.time.Instant;

/** One of the caller's own requests. */
public record MyCaseRow(long id, String number, String title, String procedureCode, CaseStatus status,
        Instant openedAt, Instant updatedAt, Instant closedAt) implements Serializable {
}
