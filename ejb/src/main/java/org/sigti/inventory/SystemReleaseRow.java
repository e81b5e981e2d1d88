package org.sigti.inventory;

import java.io.Serializable;
import java.time.Instant;

/** One entry of a system's history in the inventory of information systems. */
public record SystemReleaseRow(long id, String version, SystemEnvironment environment, boolean firstEntry,
        String caseNumber, String recordedBy, Instant recordedAt) implements Serializable {
}
