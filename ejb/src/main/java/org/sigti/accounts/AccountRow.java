package org.sigti.accounts;

import java.io.Serializable;
import java.time.Instant;

/** One account as the lists show it, with the numbers of the cases that granted and closed it. */
public record AccountRow(long id, String platformCode, String accountName, String personUsername, String personName,
        String personUnitCode, String status, String privileges, String grantedBy, Instant grantedAt,
        String grantCase, String closedBy, Instant closedAt, String closeCase) implements Serializable {
}
