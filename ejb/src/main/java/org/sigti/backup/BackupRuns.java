package org.sigti.backup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.sigti.unit.Institution;
import org.sigti.inventory.ItSystem;
import org.sigti.people.UserProfile;
import org.sigti.security.Roles;
import org.sigti.workflow.CaseEngine;
import org.sigti.workflow.WorkCase;

/**
 * Turns planned times into tasks and cases, exactly once each. Every run locks its schedule's row first, so two
 * firings of one planned time (a retried transaction, WildFly's late firing after a restart racing the catch-up,
 * two nodes sharing the database) are serialized and the second finds the task and creates nothing; the unique
 * constraint uk_backup_task_planned is the last line. Each run is a transaction of its own: a failed case does not
 * undo the other runs of a catch-up.
 *
 * <p><b>Catch-up policy.</b> For an enabled schedule, the planned times since it was last defined or enabled up to
 * now that have no task were missed (SIGTI was down). Each gets exactly one task: the most recent opens a case
 * ({@code catch_up = true}, its title says "recuperación") unless a later planned time already has its task (the
 * timer fired again after the restart); the others are recorded MISSED, without a case, so the calendar and the
 * reports show them. At most {@code cap} planned times per schedule are looked at (the most recent).
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
public class BackupRuns {

    private static final Logger LOG = Logger.getLogger(BackupRuns.class.getName());
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseEngine engine;

    @Inject
    Event<BackupNotice> notices;

    @EJB
    PgCopies pgCopies;

    /**
     * The task of a schedule's planned time, and its case: created now, or empty when the time already has its task
     * (or the schedule is gone or disabled).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> run(long scheduleId, Instant plannedAt, boolean catchUp) {
        BackupSchedule schedule = lockedEnabled(scheduleId);
        if (schedule == null || hasTask(scheduleId, plannedAt)) {
            return Optional.empty();
        }
        return Optional.of(open(schedule, plannedAt, catchUp).getId());
    }

    /**
     * A firing of a schedule's timer at {@code now}: the task and case of the latest planned time, and of the earlier
     * planned times since {@code upSince} (this start of SIGTI) that have none because their callbacks came late (a
     * busy server can run a firing after the next planned time has passed; WildFly then runs the next firing at once
     * and both compute the same latest time). Planned times before {@code upSince} were missed while SIGTI was down:
     * they are the start-up catch-up's (see the policy above). At most {@code cap} times. Returns the tasks created,
     * oldest first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> fired(long scheduleId, CalendarExpression expression, ZoneId zone, Instant now,
            Instant upSince, int cap) {
        BackupSchedule schedule = lockedEnabled(scheduleId);
        if (schedule == null) {
            return List.of();
        }
        Instant latest = expression.latest(now, zone).orElse(null);
        if (latest == null || !latest.isAfter(schedule.getUpdatedAt())) {
            return List.of();
        }
        Instant since = schedule.getUpdatedAt().isAfter(upSince) ? schedule.getUpdatedAt() : upSince;
        List<Instant> due = new ArrayList<>(expression.recent(since, now, zone, cap));
        if (due.isEmpty() || !due.get(0).equals(latest)) {
            due.add(0, latest); // the firing's own time, even when it is the late firing of a downtime
        }
        Set<Instant> existing = new HashSet<>(em.createQuery("select t.plannedAt from BackupTask t"
                + " where t.scheduleId = :s and t.plannedAt >= :from", Instant.class).setParameter("s", scheduleId)
                .setParameter("from", due.get(due.size() - 1)).getResultList());
        List<Long> created = new ArrayList<>();
        for (int i = due.size() - 1; i >= 0; i--) {
            if (!existing.contains(due.get(i))) {
                created.add(open(schedule, due.get(i), false).getId());
            }
        }
        return created;
    }

    /** Records the missed planned times of a schedule (see the class's catch-up policy); returns how many tasks. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int catchUp(long scheduleId, Instant now, int cap) {
        BackupSchedule schedule = lockedEnabled(scheduleId);
        if (schedule == null) {
            return 0;
        }
        // since the schedule was last defined or enabled: not the last task, which a firing after the restart may
        // already have moved past the gap
        List<Instant> planned = CalendarExpression.parse(schedule.getCalendarExpression())
                .recent(schedule.getUpdatedAt(), now, ZoneId.of(schedule.getTimeZone()), cap);
        if (planned.isEmpty()) {
            return 0;
        }
        Set<Instant> existing = new HashSet<>(em.createQuery("select t.plannedAt from BackupTask t"
                + " where t.scheduleId = :s and t.plannedAt >= :from", Instant.class).setParameter("s", scheduleId)
                .setParameter("from", planned.get(planned.size() - 1)).getResultList());
        Instant newest = em.createQuery("select max(t.plannedAt) from BackupTask t where t.scheduleId = :s",
                Instant.class).setParameter("s", scheduleId).getSingleResult();
        int created = 0;
        for (Instant time : planned) { // most recent first
            if (existing.contains(time)) {
                continue;
            }
            if (newest == null || time.isAfter(newest)) {
                open(schedule, time, true); // the most recent planned time of all opens the case
                newest = time;
            } else {
                em.persist(BackupTask.missed(scheduleId, time, now()));
            }
            created++;
        }
        if (created > 0) {
            int count = created;
            LOG.info(() -> "SIGTI: backup schedule " + scheduleId + " caught up " + count + " missed run(s)");
        }
        return created;
    }

    /**
     * Mails once the owner of each schedule whose task is still open past its overdue delay; returns how many. At
     * most {@code max} tasks per call.
     */
    public int escalateOverdue(Instant now, int max) {
        List<BackupTask> open = em.createQuery("select t from BackupTask t where t.status = :open"
                + " and t.escalatedAt is null and t.plannedAt < :now order by t.plannedAt, t.id", BackupTask.class)
                .setParameter("open", BackupTaskStatus.OPEN).setParameter("now", now).setMaxResults(max)
                .getResultList();
        int count = 0;
        for (BackupTask task : open) {
            BackupSchedule schedule = em.find(BackupSchedule.class, task.getScheduleId());
            if (!task.getPlannedAt().plus(schedule.getOverdueHours(), ChronoUnit.HOURS).isBefore(now)) {
                continue;
            }
            em.lock(task, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(task);
            if (task.getStatus() == BackupTaskStatus.OPEN && task.escalate(now)) {
                WorkCase c = task.getCaseId() == null ? null : em.find(WorkCase.class, task.getCaseId());
                UserProfile owner = em.createNamedQuery("UserProfile.findByUsername", UserProfile.class)
                        .setParameter("username", schedule.getOwnerUsername()).getResultStream().findFirst()
                        .orElse(null);
                notices.fire(new BackupNotice(BackupNotice.OVERDUE, owner == null ? null : owner.getEmail(),
                        owner == null ? schedule.getOwnerUsername() : owner.getFullName(), schedule.getName(),
                        c == null ? null : c.getId(), c == null ? "" : c.getNumber(),
                        SHOWN.format(task.getPlannedAt().atZone(ZoneId.of(schedule.getTimeZone()))),
                        schedule.getOverdueHours(), schedule.getResponsibleTecnico(),
                        c == null ? null : em.find(Institution.class, c.getInstitutionCode()).getName()));
                count++;
            }
        }
        return count;
    }

    private BackupSchedule lockedEnabled(long scheduleId) {
        BackupSchedule schedule = em.find(BackupSchedule.class, scheduleId, LockModeType.PESSIMISTIC_WRITE);
        return schedule == null || !schedule.isEnabled() ? null : schedule;
    }

    private boolean hasTask(long scheduleId, Instant plannedAt) {
        return !em.createQuery("select t.id from BackupTask t where t.scheduleId = :s and t.plannedAt = :p",
                Long.class).setParameter("s", scheduleId).setParameter("p", plannedAt).getResultList().isEmpty();
    }

    private BackupTask open(BackupSchedule schedule, Instant plannedAt, boolean catchUp) {
        BackupTask task = BackupTask.open(schedule.getId(), plannedAt, catchUp, now());
        em.persist(task);
        em.flush(); // the unique constraint speaks here, before the case is filed
        ZoneId zone = ZoneId.of(schedule.getTimeZone());
        String when = SHOWN.format(plannedAt.atZone(zone));
        String title = (catchUp ? "Copia de respaldo (recuperación): " : "Copia de respaldo: ") + schedule.getName()
                + " — " + when;
        if (title.length() > WorkCase.TITLE_MAXLENGTH) {
            title = title.substring(0, WorkCase.TITLE_MAXLENGTH);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("calendario", schedule.getName());
        values.put("objeto", schedule.getTargetKind().name() + ": " + schedule.getTargetName());
        if (schedule.getSystemId() != null) {
            ItSystem system = em.find(ItSystem.class, schedule.getSystemId());
            if (system != null) {
                values.put("sistema", system.getCode() + " — " + system.getName());
            }
        }
        values.put("programada", when + " (" + zone.getId() + ")");
        List<String> locations = new ArrayList<>();
        schedule.getLocations().forEach(l -> locations.add(BackupRecords.locationName(l)));
        values.put("ubicaciones_previstas", String.join(", ", locations));
        BackupTarget pgTarget = schedule.getPgTargetId() == null ? null
                : em.find(BackupTarget.class, schedule.getPgTargetId());
        String notStarted = pgTarget == null ? null : whyNoCopy(pgTarget);
        if (pgTarget != null) {
            values.put("copia_automatica", notStarted == null ? "pg_dump de " + pgTarget.getName()
                    + " (SIGTI la registra en el caso al terminar)" : "no iniciada: " + notStarted);
        }
        String description = "Ejecución " + (catchUp ? "recuperada tras una interrupción de SIGTI" : "programada")
                + " del calendario \"" + schedule.getName() + "\" (" + schedule.getCalendarExpression() + ", "
                + zone.getId() + "). Destinos: " + String.join(", ", locations) + ".";
        WorkCase c = engine.startBySystem(schedule.getProcedureCode(), title, description,
                schedule.getOwnerUsername(), schedule.getResponsibleTecnico(), values);
        task.opened(c.getId());
        if (pgTarget != null && notStarted == null) {
            // starts once this run commits; a failed dump is recorded on its run and the Técnico copies by hand
            pgCopies.startCopy(c.getId(), task.getId(), pgTarget.getId());
        }
        return task;
    }

    /** Why SIGTI cannot copy a target now (its coordinates do not resolve), in Spanish; null when it can. */
    private static String whyNoCopy(BackupTarget target) {
        try {
            TargetCoordinates.of(target);
            return null;
        } catch (BackupException e) {
            return switch (e.getProblem()) {
                case PASSWORD_UNAVAILABLE -> "no se encontró la contraseña (" + e.getArguments()[0] + ")";
                case OWN_DATABASE_NOT_POSTGRESQL -> "SIGTI funciona sobre H2, su base no puede copiarse con pg_dump";
                default -> e.getProblem().name();
            };
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
