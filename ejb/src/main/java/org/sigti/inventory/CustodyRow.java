package org.sigti.inventory;

import java.io.Serializable;
import java.time.Instant;

/** One line of a piece of equipment's custody history. */
public record CustodyRow(Instant changedAt, String fromUsername, String fromName, String toUsername, String toName,
        String toUnitCode, EquipmentState state, String changedBy, Long caseId) implements Serializable {
}
