package org.sigti.backup;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.sigti.people.InstitutionScope;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;
import org.sigti.workflow.IdempotentFiling;
import org.sigti.workflow.WorkCase;
import org.sigti.workflow.WorkflowException;

/**
 * A backup or log copy made by a script on a server, registered against its scheduled run (the REST API's
 * {@code POST /backup-copies}): the same {@code backup_copy} row a backup step writes ({@link BackupRecords}), method
 * {@link CopyMethod#SCRIPT}, on the run's case. The run is named by its id, or by its schedule (its latest run planned
 * by now). The run must be of the caller's institution and, but for the Jefe, of the caller's unit: any other run, or
 * none, is refused as a recorded denial. With an {@code Idempotency-Key}, the caller registers one copy per key: a
 * retry answers the copy registered the first time.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO})
public class ScriptCopies {

    private static final long MAX_SIZE = 1L << 50;

    /** What the script says it copied. {@code takenAt} null: now. {@code location} null: the schedule's. */
    public record ScriptCopy(Long runId, Long scheduleId, String file, long sizeBytes, String sha256, String location,
            Instant takenAt) implements java.io.Serializable {
    }

    /** The copy registered, and whether an earlier request with the same key registered it. */
    public record Registered(long id, long runId, long scheduleId, String caseNumber, String file, long sizeBytes,
            String sha256, String location, Instant takenAt, boolean replayed) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    InstitutionScope scope;

    @EJB
    SecurityEvents securityEvents;

    /**
     * Registers the copy (or answers the one an earlier request with {@code key} registered).
     *
     * @param names the names the caller gives the copy's values (the API's JSON fields), for its refusals
     * @throws WorkflowException      {@code workflow.input.invalid} with the fields that are wrong (nothing written);
     *                                {@code api.idempotency.reused} when the key was used for another request
     * @throws AccessDeniedException  when the run is not the caller's to record on (recorded)
     */
    public Registered register(ScriptCopy copy, BackupRecords.CopyFields names, String key, String fingerprint) {
        if (key != null) {
            Optional<BackupCopy> earlier = em.createQuery("select c from BackupCopy c where c.registeredBy = :u"
                    + " and c.requestKey = :k", BackupCopy.class).setParameter("u", caller()).setParameter("k", key)
                    .getResultStream().findFirst();
            if (earlier.isPresent()) {
                if (!earlier.get().getRequestFingerprint().equals(fingerprint)) {
                    throw new WorkflowException("api.idempotency.reused");
                }
                return registered(earlier.get(), true);
            }
        }
        validate(copy, names);
        BackupTask task = run(copy);
        if (task.getCaseId() == null) {
            throw new WorkflowException("backup.copy.runWithoutCase");
        }
        BackupSchedule schedule = em.find(BackupSchedule.class, task.getScheduleId());
        String location = copy.location() == null || copy.location().isBlank()
                ? schedule.getLocations().stream().map(BackupRecords::locationName).collect(Collectors.joining(", "))
                : copy.location().strip();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        BackupCopy row = new BackupCopy(task.getCaseId(), task.getId(), copy.file().strip(),
                copy.takenAt() == null ? now : copy.takenAt().truncatedTo(ChronoUnit.MICROS), copy.sizeBytes(),
                copy.sha256().toLowerCase(Locale.ROOT), location, CopyMethod.SCRIPT, caller(), now);
        if (key != null) {
            row.requestedWith(key, fingerprint);
        }
        try {
            em.persist(row);
            em.flush(); // a concurrent request with the key waits here on uq_backup_copy_request
        } catch (PersistenceException e) {
            throw new IdempotentFiling.KeyInUse(key);
        }
        return registered(row, false);
    }

    private void validate(ScriptCopy copy, BackupRecords.CopyFields names) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (copy.runId() == null && copy.scheduleId() == null) {
            problems.put("runId", "workflow.field.required");
        }
        if (copy.file() == null || copy.file().isBlank()) {
            problems.put(names.file(), "workflow.field.required");
        } else if (copy.file().strip().length() > BackupCopy.FILE_NAME_MAXLENGTH) {
            problems.put(names.file(), "workflow.field.tooLong");
        }
        if (copy.sizeBytes() < 0 || copy.sizeBytes() > MAX_SIZE) {
            problems.put(names.size(), "backup.copy.size");
        }
        if (copy.sha256() == null || !copy.sha256().matches("[0-9a-fA-F]{64}")) {
            problems.put(names.sha256(), "backup.copy.sha256");
        }
        if (copy.location() != null && copy.location().strip().length() > BackupCopy.LOCATIONS_MAXLENGTH) {
            problems.put(names.locations(), "workflow.field.tooLong");
        }
        if (copy.takenAt() != null && copy.takenAt().isAfter(Instant.now().plus(1, ChronoUnit.HOURS))) {
            problems.put(names.takenAt(), "backup.copy.takenAt.future");
        }
        if (!problems.isEmpty()) {
            throw new WorkflowException("workflow.input.invalid", problems);
        }
    }

    /** The run named, if the caller may record on it; else a recorded denial. */
    private BackupTask run(ScriptCopy copy) {
        BackupTask task;
        String object;
        if (copy.runId() != null) {
            object = "backup_task " + copy.runId();
            task = em.find(BackupTask.class, copy.runId());
        } else {
            object = "backup_schedule " + copy.scheduleId();
            task = em.createQuery("select t from BackupTask t where t.scheduleId = :s and t.plannedAt <= :now"
                    + " order by t.plannedAt desc, t.id desc", BackupTask.class)
                    .setParameter("s", copy.scheduleId()).setParameter("now", Instant.now()).setMaxResults(1)
                    .getResultStream().findFirst().orElse(null);
        }
        BackupSchedule schedule = task == null ? null : em.find(BackupSchedule.class, task.getScheduleId());
        if (schedule == null) {
            throw denied(object, "no such run");
        }
        if (!scope.isCaller(schedule.getInstitutionCode())) {
            throw denied(object, "run of another institution");
        }
        if (!context.isCallerInRole(Roles.JEFE) && !schedule.getUnitCode().equals(callerUnit())) {
            throw denied(object, "run of another unit");
        }
        return task;
    }

    private AccessDeniedException denied(String object, String detail) {
        String[] kind = object.split(" ");
        securityEvents.accessDenied("ScriptCopies.register", kind[0], kind[1], null, detail);
        return new AccessDeniedException("may not register a copy on " + object);
    }

    private Registered registered(BackupCopy c, boolean replayed) {
        BackupTask task = em.find(BackupTask.class, c.getTaskId());
        String number = em.find(WorkCase.class, c.getCaseId()).getNumber();
        return new Registered(c.getId(), task.getId(), task.getScheduleId(), number, c.getFileName(),
                c.getSizeBytes(), c.getSha256(), c.getLocations(), c.getTakenAt(), replayed);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private String callerUnit() {
        return em.createNamedQuery("UserProfile.findUnitCode", String.class).setParameter("username", caller())
                .getResultStream().findFirst().orElse(null);
    }
}
