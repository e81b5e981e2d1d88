package org.sigti.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.security.Roles;
import org.sigti.workflow.WorkCase;

/**
 * The database side of pg_dump runs and verifications, each write in a transaction of its own: the progress a page
 * polls must be visible while the dump goes on, and a failed verification's FAILED mark and incident case must be
 * committed whatever happens to the caller. Used by {@link PgCopyWorker} and {@link PgCopies} only.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PgCopyLedger {

    /** What a run needs to dump. */
    public record DumpPlan(long runId, String targetName, PgCoordinates coordinates, String keyTables) {
    }

    /** What a verification needs. */
    public record VerifyPlan(long copyId, long runId, Path file, long size, String sha256, PgCoordinates coordinates,
            String scratch, Map<String, Long> counts) {
    }

    @PersistenceContext(unitName = "sigti")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Event<CopyVerificationFailed> failures;

    /** The run if its starter's transaction committed it and no worker took it yet. */
    public Optional<DumpPlan> dumpPlan(long runId) {
        PgCopyRun run = em.find(PgCopyRun.class, runId);
        if (run == null) {
            return Optional.empty();
        }
        if (run.getStatus() != PgCopyStatus.RUNNING || run.getFileName() != null) {
            throw new IllegalStateException("pg_copy_run " + runId + " was already taken");
        }
        BackupTarget target = em.find(BackupTarget.class, run.getTargetId());
        return Optional.of(new DumpPlan(runId, target.getName(), TargetCoordinates.of(target),
                target.getKeyTables()));
    }

    public void dumping(long runId, Path file, long expectedBytes) {
        em.find(PgCopyRun.class, runId).dumping(file.toString(), expectedBytes);
    }

    public void progress(long runId, long bytes) {
        em.createQuery("update PgCopyRun r set r.bytesWritten = :b where r.id = :id and r.status = :running")
                .setParameter("b", bytes).setParameter("id", runId).setParameter("running", PgCopyStatus.RUNNING)
                .executeUpdate();
    }

    /** Registers the copy (method PG_DUMP) and closes the run; returns the copy's id. */
    public long done(long runId, String fileName, Instant takenAt, long size, String sha256,
            Map<String, Long> counts) {
        PgCopyRun run = em.find(PgCopyRun.class, runId);
        BackupTarget target = em.find(BackupTarget.class, run.getTargetId());
        BackupCopy copy = new BackupCopy(run.getCaseId(), run.getTaskId(), fileName, takenAt, size, sha256,
                locations(run, target), CopyMethod.PG_DUMP, run.getStartedBy(), Instant.now());
        em.persist(copy);
        em.flush();
        run.done(copy.getId(), size, counts, Instant.now());
        return copy.getId();
    }

    public void failed(long runId, String reason) {
        PgCopyRun run = em.find(PgCopyRun.class, runId);
        if (run != null) {
            run.failed(reason, Instant.now());
        }
    }

    public VerifyPlan verifyPlan(long copyId) {
        BackupCopy copy = em.find(BackupCopy.class, copyId);
        if (copy == null) {
            throw new BackupException(BackupProblem.COPY_NOT_FOUND, copyId);
        }
        PgCopyRun run = em.createQuery("select r from PgCopyRun r where r.copyId = :c", PgCopyRun.class)
                .setParameter("c", copyId).getResultStream().findFirst()
                .orElseThrow(() -> new BackupException(BackupProblem.COPY_NOT_VERIFIABLE, copy.getFileName()));
        BackupTarget target = em.find(BackupTarget.class, run.getTargetId());
        PgCoordinates coordinates = TargetCoordinates.of(target);
        return new VerifyPlan(copyId, run.getId(), Path.of(run.getFileName()), copy.getSizeBytes(), copy.getSha256(),
                coordinates, TargetCoordinates.scratch(target, coordinates), new LinkedHashMap<>(run.getRowCounts()));
    }

    /**
     * Records the verdict on the copy; a failure fires {@link CopyVerificationFailed}, whose procedure (Análisis de
     * incidentes de infraestructura tecnológica) opens an incident case in the infrastructure team's queue in this
     * transaction, linked to the copy by its run (and by the case's own field).
     */
    public VerificationResult verified(long copyId, boolean ok, String detail) {
        BackupCopy copy = em.find(BackupCopy.class, copyId);
        String by = context.getCallerPrincipal().getName();
        String trimmed = detail.length() > BackupCopy.DETAIL_MAXLENGTH
                ? detail.substring(0, BackupCopy.DETAIL_MAXLENGTH - 3) + "..." : detail;
        copy.verified(ok, by, Instant.now(), trimmed);
        if (ok) {
            return new VerificationResult(copyId, true, trimmed, null, null);
        }
        CopyVerificationFailed failure = new CopyVerificationFailed(copy, trimmed, by);
        failures.fire(failure);
        WorkCase incident = failure.openedCase();
        em.createQuery("select r from PgCopyRun r where r.copyId = :c", PgCopyRun.class).setParameter("c", copyId)
                .getResultStream().forEach(r -> r.incident(incident.getId()));
        return new VerificationResult(copyId, false, trimmed, incident.getId(), incident.getNumber());
    }

    /** Where the copy is kept: the schedule's locations when a task made it, else the target's. */
    private String locations(PgCopyRun run, BackupTarget target) {
        if (run.getTaskId() != null) {
            Object scheduled = em.createNativeQuery("select s.locations from backup_task t join backup_schedule s"
                    + " on s.id = t.schedule_id where t.id = ?").setParameter(1, run.getTaskId()).getResultStream()
                    .findFirst().orElse(null);
            if (scheduled != null) {
                return scheduled.toString();
            }
        }
        return target.getLocations();
    }
}
