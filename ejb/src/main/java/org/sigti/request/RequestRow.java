package org.sigti.request;

import java.io.Serializable;
import java.time.Instant;

/** One line of an inbox or of "Mis solicitudes". */
public record RequestRow(Long id, String number, String title, RequestStatus status, String requesterUsername,
        String requestingUnitCode, String assignedUnitCode, Instant createdAt) implements Serializable {
}
