package org.sigti.workflow;

import java.io.Serializable;
import java.time.Instant;

/** One row of an inbox: a step of a case waiting for someone. */
public record InboxRow(long itemId, long version, long caseId, String caseNumber, String title,
        String procedureCode, String stepCode, String roleName, String unitCode, String assignee, String priority,
        Instant createdAt) implements Serializable {
}
