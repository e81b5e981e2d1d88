package org.sigti.maintenance;

import java.io.Serializable;
import java.time.Instant;

/**
 * A line of the data-center bitácora (Formato N°1) as the screen shows it, with the case that recorded it: one
 * person of a visit of the SG or of a contractor (company, DNI, escort, supervisor, entry and exit).
 */
public record VisitRow(long id, String caseNumber, String purpose, String hostUsername, String authorizedBy,
        Instant authorizedAt, String visitorName, String idDocument, String escort, Instant enteredAt,
        Instant exitedAt, DataCenterVisit.Branch branch, String company, String supervisor) implements Serializable {
}
