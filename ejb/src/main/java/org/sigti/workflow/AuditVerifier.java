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

    @jakarta.ejb.EJB
    BackgroundTasks tasks;

    @Inject
    AuditRuns runs;

    /** The server's managed threads: the check runs there, apart from the request that started it. */
    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    public AuditChain.Report verifyAll() {
        return chain.verifyAll();
    }

    /** A check of every case run in the background; a second start while the caller's check runs answers that one. */
    public Check start() {
        BackgroundTasks.Started started = tasks.start(AuditRuns.KIND);
        if (started.fresh()) {
            long id = started.run().id();
            executor.execute(() -> runs.verifyAll(id));
        }
        return check(started.run());
    }

    /** The caller's newest check run in the background, with its report once it ended. */
    public java.util.Optional<Check> latest() {
        return tasks.latest(AuditRuns.KIND).map(AuditVerifier::check);
    }

    /** A background check as its page shows it: the run, and its report when it ended well. */
    public record Check(BackgroundTasks.Run run, AuditChain.Report report) implements java.io.Serializable {
    }

    private static Check check(BackgroundTasks.Run run) {
        return new Check(run, run.state() == BackgroundTask.State.DONE && run.result() != null
                ? AuditRuns.report(run.result()) : null);
    }

    public AuditChain.Report verifyCase(long caseId) {
        return chain.verifyCase(caseId);
    }
}
