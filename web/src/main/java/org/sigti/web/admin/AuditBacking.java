package org.sigti.web.admin;

import java.io.Serializable;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.workflow.AuditChain;
import org.sigti.workflow.AuditVerifier;
import org.sigti.workflow.BackgroundTask;
import org.sigti.workflow.BackgroundTasks;

/**
 * "Verificar auditoría": the audit-chain check runs in the background (it reads every case: minutes at a million);
 * the page shows how far it got, polling while it runs, and then what is broken, if anything. Leaving the page does
 * not stop the check: coming back shows it, still running or ended.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AuditVerifier verifier;

    private AuditVerifier.Check check;

    @PostConstruct
    void init() {
        check = verifier.latest().orElse(null);
    }

    /** Starts a check (or shows the caller's check still running). */
    public void verify() {
        check = verifier.start();
    }

    /** The poll: how far the check got. */
    public void refresh() {
        check = verifier.latest().orElse(check);
    }

    public BackgroundTasks.Run getRun() {
        return check == null ? null : check.run();
    }

    public boolean isRunning() {
        return check != null && check.run().running();
    }

    /** Whether the newest check ended without a result: failed, or cut by a stop of the server. */
    public boolean isCut() {
        return check != null && (check.run().state() == BackgroundTask.State.FAILED
                || check.run().state() == BackgroundTask.State.INTERRUPTED);
    }

    public AuditChain.Report getReport() {
        return check == null ? null : check.report();
    }

    /** How long the ended check took. */
    public long getMillis() {
        BackgroundTasks.Run run = getRun();
        return run == null || run.finishedAt() == null ? 0
                : Duration.between(run.startedAt(), run.finishedAt()).toMillis();
    }
}
