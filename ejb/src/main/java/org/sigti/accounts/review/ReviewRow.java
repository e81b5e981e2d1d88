package org.sigti.accounts.review;

import java.io.Serializable;
import java.time.Instant;

/** One access review as the screens list it, with its case's number and the decisions taken so far. */
public record ReviewRow(long id, String unitCode, String semester, long caseId, String caseNumber, String status,
        Instant openedAt, String completedBy, Instant completedAt, long confirmed, long revoked)
        implements Serializable {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
