package org.sigti.accounts;

import java.io.Serializable;
import java.time.Instant;

/** One privilege an account holds: who granted it, when, and by which case (its id and number; null if none). */
public record PrivilegeGrant(String code, String name, boolean uncommon, String grantedBy, Instant grantedAt,
        Long caseId, String caseNumber) implements Serializable {
}
