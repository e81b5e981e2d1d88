package org.sigti.security;

import java.io.Serializable;
import java.time.Instant;

/** One line of the security events list. */
public record SecurityEventRow(Long id, Instant occurredAt, String username, String roles, String unitCode,
        SecurityEventKind kind, String action, String objectType, String objectId, String sourceAddress)
        implements Serializable {
}
