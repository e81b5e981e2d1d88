package org.sigti.web.admin;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.workflow.AuditChain;
import org.sigti.workflow.AuditVerifier;

/** "Verificar auditoría": runs the audit-chain check on demand and shows what is broken, if anything. */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditVerifier verifier;

    private AuditChain.Report report;
    private long millis;

    public void verify() {
        long start = System.nanoTime();
        report = verifier.verifyAll();
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    public AuditChain.Report getReport() {
        return report;
    }

    public long getMillis() {
        return millis;
    }
}
