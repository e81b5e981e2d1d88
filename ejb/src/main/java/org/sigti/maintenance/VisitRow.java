package org.sigti.maintenance;

import java.io.Serializable;
import java.time.Instant;

/** A line of the data-center bitácora as the screen shows it, with the case that recorded it. */
public record VisitRow(long id, String caseNumber, String purpose, String hostUsername, String authorizedBy,
        Instant authorizedAt, String visitorName, String idDocument, String escort, Instant enteredAt,
        Instant exitedAt) implements Serializable {
}
