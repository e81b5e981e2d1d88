package org.sigti.changes;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.backup.BackupCopy;
import org.sigti.backup.CopyVerification;
import org.sigti.inventory.ItSystem;
import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEventKind;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * Records the changes that reach production, each on its system of the catalog, after checking the backup before the
 * maintenance ({@link PreChangeRule}); and the Responsable's waiver of that copy. Called by a procedure's steps inside
 * their move's transaction: a refusal is a {@link WorkflowException} whose message the person reads, and nothing of
 * the move is written. A case, a system or a copy of another institution is refused as if it did not exist, recorded
 * as a security event. The Técnico calls it where the manual has them put the change into production themselves
 * (DPG/ESIN-PRO-5's Técnico III, step c7); only a Responsable waives the copy.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class SystemChanges {

    private static final Logger LOG = Logger.getLogger(SystemChanges.class.getName());

    @PersistenceContext
    EntityManager em;

    @EJB
    InstitutionScope scope;

    @EJB
    SecurityEvents securityEvents;

    @Resource
    SessionContext context;

    private final Clock clock = Clock.systemUTC();

    /**
     * The system of the caller's catalog with this code, e.g. to check it when a step names it.
     *
     * @throws WorkflowException {@code changes.system.unknown} when the caller's institution has no such active system
     */
    public long systemId(String code) {
        return system(scope.caller(), code).getId();
    }

    /**
     * The go-live of a case's change: refused without a copy of the system taken since the case was opened (or the
     * copy named, which must be such a copy) and without a waiver for the case and system; otherwise recorded on the
     * system with the copy or the waiver, approved by the caller now.
     *
     * @return the change's id
     * @throws WorkflowException {@code changes.backup.missing}, {@code changes.backup.notEligible},
     *         {@code changes.system.unknown}, {@code changes.version.invalid} or {@code changes.text.required}
     */
    public long goLive(GoLive goLive) {
        WorkCase c = ownCase(goLive.caseId(), "SystemChanges.goLive");
        ItSystem system = system(c.getInstitutionCode(), goLive.systemCode());
        ChangeFacts facts = facts(c, system, goLive);
        Instant now = clock.instant();
        String approver = context.getCallerPrincipal().getName();
        Optional<Long> copy = protectingCopy(goLive.copyNumber(), system, c, now);
        SystemChange change;
        if (copy.isPresent()) {
            change = SystemChange.afterCopy(facts, approver, now, copy.get());
        } else {
            long waiver = latestWaiver(c.getId(), system.getId()).orElseThrow(
                    () -> new WorkflowException("changes.backup.missing", system.getCode(), c.getNumber()));
            change = SystemChange.underWaiver(facts, approver, now, waiver);
        }
        em.persist(change);
        em.flush();
        LOG.info(() -> "SIGTI: change " + change.getId() + " of " + system.getCode() + " (" + facts.versionRef()
                + ") to production from " + c.getNumber() + " approved by " + approver
                + (change.getBackupCopyId() != null ? ", copy " + change.getBackupCopyId()
                        : ", backup waived (" + change.getWaiverId() + ")"));
        return change.getId();
    }

    /**
     * A new system's first release (SEPREM-DI-003.1's go-live): recorded with no copy before it, since nothing of the
     * system was in production; refused for a system whose history already has a change (an improvement of a system
     * in use needs its copy: SEPREM-DI-003.2).
     *
     * @return the change's id
     * @throws WorkflowException {@code changes.firstRelease.notFirst}, {@code changes.system.unknown},
     *         {@code changes.version.invalid} or {@code changes.text.required}
     */
    public long firstRelease(GoLive release) {
        WorkCase c = ownCase(release.caseId(), "SystemChanges.firstRelease");
        ItSystem system = system(c.getInstitutionCode(), release.systemCode());
        ChangeFacts facts = facts(c, system, release);
        long earlier = em.createQuery("select count(c) from SystemChange c where c.systemId = :s", Long.class)
                .setParameter("s", system.getId()).getSingleResult();
        if (earlier > 0) {
            throw new WorkflowException("changes.firstRelease.notFirst", system.getCode());
        }
        String approver = context.getCallerPrincipal().getName();
        SystemChange change = SystemChange.firstRelease(facts, approver, clock.instant());
        em.persist(change);
        em.flush();
        LOG.info(() -> "SIGTI: first release " + change.getId() + " of " + system.getCode() + " ("
                + facts.versionRef() + ") from " + c.getNumber() + " approved by " + approver);
        return change.getId();
    }

    /** What a go-live records: the version must be a tag or a commit, the summary and rollback plan written. */
    private static ChangeFacts facts(WorkCase c, ItSystem system, GoLive goLive) {
        String version = PreChangeRule.versionRef(goLive.versionRef());
        if (version == null) {
            throw new WorkflowException("changes.version.invalid", String.valueOf(goLive.versionRef()));
        }
        if (blank(goLive.summary()) || blank(goLive.rollbackPlan())) {
            throw new WorkflowException("changes.text.required");
        }
        return new ChangeFacts(c.getInstitutionCode(), system.getId(), c.getId(), c.getNumber(),
                c.getProcedureCode(), cut(goLive.summary(), SystemChange.SUMMARY_MAXLENGTH), version,
                cut(goLive.rollbackPlan(), SystemChange.ROLLBACK_MAXLENGTH));
    }

    /**
     * A Responsable waives the copy before the change of a case to a system, with the reason: kept as a waiver row
     * and a security event (BACKUP_WAIVED), in the caller's transaction.
     *
     * @return the waiver's id
     * @throws WorkflowException {@code changes.waiver.reason} without a reason, {@code changes.system.unknown}
     */
    @RolesAllowed(Roles.RESPONSABLE)
    public long waive(long caseId, String systemCode, String reason) {
        WorkCase c = ownCase(caseId, "SystemChanges.waive");
        ItSystem system = system(c.getInstitutionCode(), systemCode);
        if (blank(reason) || reason.strip().length() > BackupWaiver.REASON_MAXLENGTH) {
            throw new WorkflowException("changes.waiver.reason");
        }
        BackupWaiver waiver = new BackupWaiver(c.getInstitutionCode(), c.getId(), system.getId(), reason,
                context.getCallerPrincipal().getName(), clock.instant());
        em.persist(waiver);
        em.flush();
        securityEvents.recordFact(SecurityEventKind.BACKUP_WAIVED, "SystemChanges.waive", "work_case",
                c.getNumber(), system.getCode() + ": " + waiver.getReason());
        return waiver.getId();
    }

    private Optional<Long> protectingCopy(String typed, ItSystem system, WorkCase c, Instant now) {
        if (typed != null && !typed.isBlank()) {
            Long number = PreChangeRule.copyNumber(typed);
            BackupCopy copy = number == null ? null : em.find(BackupCopy.class, number);
            if (copy == null || !ofSystem(copy, system)
                    || !PreChangeRule.protects(copy.getTakenAt(), copy.getVerification(), c.getOpenedAt(), now)) {
                throw new WorkflowException("changes.backup.notEligible", typed.strip(), system.getCode(),
                        c.getNumber());
            }
            return Optional.of(copy.getId());
        }
        return em.createQuery("select c.id from BackupCopy c, BackupTask t, BackupSchedule s"
                + " where c.taskId = t.id and t.scheduleId = s.id and s.systemId = :system"
                + " and s.institutionCode = :institution and c.verification <> :failed"
                + " and c.takenAt >= :opened and c.takenAt <= :now order by c.takenAt desc, c.id desc", Long.class)
                .setParameter("system", system.getId()).setParameter("institution", system.getInstitutionCode())
                .setParameter("failed", CopyVerification.FAILED).setParameter("opened", c.getOpenedAt())
                .setParameter("now", now).setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether the copy was made for a run of a schedule of the system (in the system's institution). */
    private boolean ofSystem(BackupCopy copy, ItSystem system) {
        return copy.getTaskId() != null && !em.createQuery("select t.id from BackupTask t, BackupSchedule s"
                + " where t.id = :task and t.scheduleId = s.id and s.systemId = :system"
                + " and s.institutionCode = :institution", Long.class).setParameter("task", copy.getTaskId())
                .setParameter("system", system.getId()).setParameter("institution", system.getInstitutionCode())
                .getResultList().isEmpty();
    }

    private Optional<Long> latestWaiver(long caseId, long systemId) {
        return em.createQuery("select w.id from BackupWaiver w where w.caseId = :c and w.systemId = :s"
                + " order by w.waivedAt desc, w.id desc", Long.class).setParameter("c", caseId)
                .setParameter("s", systemId).setMaxResults(1).getResultStream().findFirst();
    }

    private WorkCase ownCase(long caseId, String action) {
        WorkCase c = em.find(WorkCase.class, caseId);
        if (c == null) {
            throw new WorkflowException("changes.case.unknown", String.valueOf(caseId));
        }
        scope.require(c.getInstitutionCode(), action, "work_case", caseId);
        return c;
    }

    private ItSystem system(String institution, String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return em.createQuery("select s from ItSystem s where s.code = :code and s.institutionCode = :institution"
                + " and s.active = true", ItSystem.class).setParameter("code", wanted)
                .setParameter("institution", institution).getResultStream().findFirst()
                .orElseThrow(() -> new WorkflowException("changes.system.unknown", wanted));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cut(String s, int max) {
        String v = s.strip();
        return v.length() <= max ? v : v.substring(0, max);
    }
}
