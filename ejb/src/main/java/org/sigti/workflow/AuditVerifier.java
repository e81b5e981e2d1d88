package org.sigti.workflow;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.security.Roles;

/**
 * Checks the audit trail on demand, for the Jefe and the Auditor: every case's hash chain, see {@link AuditChain}.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.AUDITOR})
public class AuditVerifier {

    @Inject
    AuditChain chain;

    public AuditChain.Report verifyAll() {
        return chain.verifyAll();
    }

    public AuditChain.Report verifyCase(long caseId) {
        return chain.verifyCase(caseId);
    }
}
