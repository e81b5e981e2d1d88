package org.sigti.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.db.SqlIdentifier;
import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;
import org.sigti.workflow.WorkCase;

/**
 * Copies SIGTI makes itself of its PostgreSQL targets (SEPREM-DI-008.2 steps 3 and 7, S04.03.02.01 steps 3-5; GitHub
 * issue 5 item 4), for a case of the backup procedures or from the copies screen:
 * {@link #startCopy} starts pg_dump in the background and answers the run whose {@link #progress} a page polls;
 * {@link #verify} checks the file's SHA-256, restores it into the target's scratch database and compares the row
 * counts of the key tables with those read in the dump's snapshot. A failed verification is recorded on the copy
 * and opens an S04.03.01.05 incident case, both committed whatever the caller does next. A run and a copy belong to
 * the institution of their case: the target copied must be of that institution, and a run or copy of another
 * institution asked for by id is refused, the refusal recorded ({@link InstitutionScope}).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class PgCopies {

    private static final Logger LOG = Logger.getLogger(PgCopies.class.getName());

    @PersistenceContext(unitName = "sigti")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private PgCopyWorker worker;

    @EJB
    private PgCopyLedger ledger;

    @EJB
    private InstitutionScope scope;

    /**
     * Starts a copy of {@code targetId} for the case (and the schedule's task, or null); the dump begins once the
     * caller's transaction commits. Returns the run's id. The target must be of the case's institution (another's is
     * one that does not exist for it); the case is not checked against the caller: a schedule's timer starts it.
     */
    public long startCopy(long caseId, Long taskId, long targetId) {
        WorkCase workCase = em.find(WorkCase.class, caseId);
        if (workCase == null) {
            throw new BackupException(BackupProblem.CASE_NOT_FOUND, caseId);
        }
        if (taskId != null && em.createNativeQuery("select count(*) from backup_task where id = ?")
                .setParameter(1, taskId).getSingleResult() instanceof Number n && n.longValue() == 0) {
            throw new BackupException(BackupProblem.TASK_NOT_FOUND, taskId);
        }
        BackupTarget target = em.find(BackupTarget.class, targetId);
        if (target == null || !target.getInstitutionCode().equals(workCase.getInstitutionCode())) {
            throw new BackupException(BackupProblem.TARGET_NOT_FOUND, targetId);
        }
        TargetCoordinates.of(target); // its own database on H2, a missing password variable: refused now
        // the worker runs the dump on this server: the run is this node's to clean up after a crash
        PgCopyRun run = new PgCopyRun(targetId, caseId, taskId, context.getCallerPrincipal().getName(),
                Instant.now(), PgCopyRecovery.node());
        em.persist(run);
        em.flush();
        worker.run(run.getId());
        return run.getId();
    }

    /**
     * The copy screen's entry: the case by its number (SOL-2026-000123), among the caller's institution's cases; a
     * target of another institution asked for by id is refused.
     */
    public long startCopy(String caseNumber, long targetId) {
        scope.owned(em.find(BackupTarget.class, targetId), "PgCopies.startCopy", "backup_target", targetId);
        Long caseId = em.createQuery("select c.id from WorkCase c where c.number = :n"
                + " and c.institutionCode = :institution", Long.class).setParameter("institution", scope.caller())
                .setParameter("n", caseNumber == null ? "" : caseNumber.strip()).getResultStream().findFirst()
                .orElseThrow(() -> new BackupException(BackupProblem.CASE_NOT_FOUND, caseNumber));
        return startCopy(caseId, null, targetId);
    }

    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
    public PgCopyProgress progress(long runId) {
        return view(run(runId, "PgCopies.progress"));
    }

    /** The latest runs of the caller's institution, newest first, one page. */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
    public List<PgCopyProgress> recent(int first, int pageSize) {
        return em.createQuery("select r from PgCopyRun r, WorkCase c where c.id = r.caseId"
                + " and c.institutionCode = :institution order by r.startedAt desc, r.id desc", PgCopyRun.class)
                .setParameter("institution", scope.caller()).setFirstResult(first).setMaxResults(Math.min(pageSize, 100)).getResultStream().map(this::view)
                .toList();
    }

    /** The row counts recorded at dump time for a run ("schema.table" → rows). */
    @RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
    public Map<String, Long> rowCounts(long runId) {
        return Map.copyOf(run(runId, "PgCopies.rowCounts").getRowCounts());
    }

    /** The run when it is the caller's institution's; refused, recorded, when it is another's. */
    private PgCopyRun run(long runId, String action) {
        PgCopyRun run = em.find(PgCopyRun.class, runId);
        if (run == null) {
            throw new BackupException(BackupProblem.RUN_NOT_FOUND, runId);
        }
        if (!scope.isCaller(em.find(WorkCase.class, run.getCaseId()).getInstitutionCode())) {
            throw scope.deny(action, "pg_copy_run", runId);
        }
        return run;
    }

    /**
     * Verifies a PG_DUMP copy: SHA-256 and size of the file, then a restore into the scratch database (dropped and
     * created again; the target's role needs CREATEDB) and the comparison of the key tables' rows. Outside the
     * caller's transaction: a restore may take long, and the verdict commits on its own.
     *
     * @throws BackupException when the verification could not be made (no such copy, target unreachable, no right
     *                         to create the scratch database): nothing is recorded
     * @throws org.sigti.security.AccessDeniedException when the copy is another institution's (recorded)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VerificationResult verify(long copyId) {
        BackupCopy copy = em.find(BackupCopy.class, copyId);
        if (copy != null && !scope.isCaller(em.find(WorkCase.class, copy.getCaseId()).getInstitutionCode())) {
            throw scope.deny("PgCopies.verify", "backup_copy", copyId);
        }
        PgCopyLedger.VerifyPlan plan = ledger.verifyPlan(copyId);
        String failure = fileProblem(plan);
        if (failure != null) {
            return ledger.verified(copyId, false, failure);
        }
        PgCoordinates scratch = plan.coordinates().withDatabase(plan.scratch());
        recreate(plan.coordinates(), plan.scratch());
        boolean ok;
        String detail;
        try {
            new PgTool(PgBinaries.fromEnvironment()).restore(scratch, plan.file());
            Map<String, Long> restored;
            try (Connection c = scratch.connect()) {
                restored = PgTables.countPresent(c, plan.counts().keySet());
            }
            RowCounts comparison = RowCounts.compare(plan.counts(), restored);
            ok = comparison.equal();
            detail = comparison.detail();
        } catch (IOException e) {
            ok = false;
            detail = "La copia no se pudo restaurar en " + plan.scratch() + ": " + e.getMessage();
        } catch (SQLException e) {
            throw new BackupException(BackupProblem.CONNECTION_FAILED, scratch.toString(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while restoring " + plan.file(), e);
        } finally {
            drop(plan.coordinates(), plan.scratch());
        }
        return ledger.verified(copyId, ok, detail);
    }

    private static String fileProblem(PgCopyLedger.VerifyPlan plan) {
        if (!Files.isRegularFile(plan.file())) {
            return "El archivo de la copia no está en " + plan.file() + ".";
        }
        try {
            String sha = Sha256.of(plan.file());
            if (!sha.equals(plan.sha256())) {
                return "El SHA-256 del archivo (" + sha + ") no coincide con el registrado al copiar ("
                        + plan.sha256() + "): el archivo está dañado o fue modificado.";
            }
            long size = Files.size(plan.file());
            if (size != plan.size()) {
                return "El archivo mide " + size + " bytes; al copiar medía " + plan.size() + ".";
            }
            return null;
        } catch (IOException e) {
            return "El archivo de la copia no se puede leer: " + e.getMessage();
        }
    }

    private static void recreate(PgCoordinates server, String scratch) {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + SqlIdentifier.quote(scratch));
            s.execute("create database " + SqlIdentifier.quote(scratch) + " template template0");
        } catch (SQLException e) {
            throw new BackupException(BackupProblem.CONNECTION_FAILED, server + " (" + scratch + ")",
                    e.getMessage());
        }
    }

    private static void drop(PgCoordinates server, String scratch) {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + SqlIdentifier.quote(scratch) + " with (force)");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not drop the scratch database " + scratch + " on " + server, e);
        }
    }

    private PgCopyProgress view(PgCopyRun run) {
        BackupTarget target = em.find(BackupTarget.class, run.getTargetId());
        BackupCopy copy = run.getCopyId() == null ? null : em.find(BackupCopy.class, run.getCopyId());
        return new PgCopyProgress(run.getId(), run.getTargetId(), target.getName(), run.getCaseId(), run.getTaskId(),
                run.getStatus(), run.getBytesWritten(), run.getExpectedBytes(), run.getStartedAt(),
                run.getFinishedAt(), copy == null ? null : copy.getFileName(), run.getMessage(),
                run.getCopyId(), copy == null ? null : copy.getSha256(),
                copy == null ? null : copy.getVerification(), copy == null ? null : copy.getVerificationDetail(),
                run.getIncidentCaseId());
    }
}
