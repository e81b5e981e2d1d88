package org.sigti.accounts;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One account as the lists show it, with the numbers (and ids) of the cases that granted and closed it, and each
 * privilege it holds with who granted it, when and by which case.
 */
public record AccountRow(long id, String platformCode, String accountName, String personUsername, String personName,
        String personUnitCode, String status, String privileges, String grantedBy, Instant grantedAt,
        String grantCase, String closedBy, Instant closedAt, String closeCase, Long grantCaseId, Long closeCaseId,
        List<PrivilegeGrant> privilegeGrants) implements Serializable {
}
