package org.sigti.backup;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.maintenance.PlanItemRow;
import org.sigti.maintenance.SemesterPlanWriter;
import org.sigti.security.Roles;

/**
 * What the backup calendar shows for a range, and only for it: the upcoming runs of the enabled schedules (from their
 * calendar expression, or their frequency when the expression is not one SIGTI reads), the past runs (backup tasks
 * with their status and case) and the items of the semesters' plans, each of the caller's institution only (the
 * semester plans of systems are the Defensoría's, the semester reports of backups and restores MINDEF's). IT staff and
 * the Auditor.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR})
public class BackupCalendar {

    private static final Logger LOG = Logger.getLogger(BackupCalendar.class.getName());

    /** At most this many entries per range (a month view of daily schedules stays far below). */
    public static final int MAX = 1000;
    /**
     * At most this many upcoming runs per schedule and range: a schedule that fires every few seconds shows its
     * first runs and leaves room for the others.
     */
    static final int MAX_PER_SCHEDULE = 100;
    /** The longest range answered (a calendar's widest view with margins). */
    static final long MAX_DAYS = 62;

    @PersistenceContext
    EntityManager em;

    @Inject
    SemesterPlanWriter plans;

    @jakarta.ejb.EJB
    org.sigti.people.InstitutionScope scope;

    /** The entries in [from, to), by start; a range over {@value #MAX_DAYS} days is cut to its first days. */
    public List<CalendarRun> runs(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            return List.of();
        }
        Instant end = to.isAfter(from.plusSeconds(MAX_DAYS * 86_400)) ? from.plusSeconds(MAX_DAYS * 86_400) : to;
        // the caller's institution's schedules and runs only
        String institution = scope.caller();
        List<CalendarRun> runs = new ArrayList<>();
        tasks(institution, from, end, runs);
        upcoming(institution, from, end, runs);
        // the plan items whose case is the caller's institution's: the semester plans' for the Defensoría's people
        for (PlanItemRow item : plans.items(institution, from, end, MAX)) {
            String status = item.executed() ? "DONE" : item.caseStatus();
            runs.add(new CalendarRun(CalendarRun.PLAN, item.subject() + " " + item.semester(), item.createdAt(),
                    status, item.caseId(), item.kind()));
        }
        runs.sort(Comparator.comparing(CalendarRun::start));
        return runs.size() > MAX ? List.copyOf(runs.subList(0, MAX)) : runs;
    }

    private void tasks(String institution, Instant from, Instant to, List<CalendarRun> runs) {
        List<?> rows = em.createNativeQuery("select t.planned_at, t.status, t.case_id, s.name from backup_task t"
                + " join backup_schedule s on s.id = t.schedule_id where s.institution_code = :institution"
                + " and t.planned_at >= :from and t.planned_at < :to order by t.planned_at, t.id")
                .setParameter("institution", institution)
                .setParameter("from", OffsetDateTime.ofInstant(from, ZoneId.of("UTC")))
                .setParameter("to", OffsetDateTime.ofInstant(to, ZoneId.of("UTC"))).setMaxResults(MAX)
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            runs.add(new CalendarRun(CalendarRun.TASK, (String) r[3], instant(r[0]), (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).longValue(), null));
        }
    }

    private void upcoming(String institution, Instant from, Instant to, List<CalendarRun> runs) {
        Instant now = Instant.now();
        Instant start = from.isBefore(now) ? now : from;
        if (!to.isAfter(start)) {
            return;
        }
        List<?> rows = em.createNativeQuery("select s.id, s.name, s.calendar_expression, s.frequency, s.time_zone"
                + " from backup_schedule s where s.institution_code = :institution and s.enabled = true order by s.id")
                .setParameter("institution", institution).setMaxResults(200).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            CalendarExpression calendar;
            try {
                calendar = CalendarExpression.parse((String) r[2]);
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "schedule " + r[0] + " has an unreadable calendar: " + e.getMessage());
                continue; // saved schedules are validated; only a hand-edited row gets here
            }
            ZoneId zone;
            try {
                zone = ZoneId.of((String) r[4]);
            } catch (RuntimeException e) {
                zone = SemesterPlanWriter.zone();
            }
            Instant after = start.minusNanos(1);
            for (int n = 0; n < MAX_PER_SCHEDULE; n++) {
                java.util.Optional<Instant> at = calendar.next(after, zone);
                if (at.isEmpty() || !at.get().isBefore(to)) {
                    break;
                }
                runs.add(new CalendarRun(CalendarRun.PLANNED, (String) r[1], at.get(), null, null, null));
                after = at.get();
            }
        }
    }

    /** A timestamp with time zone as the JDBC driver returns it. */
    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value);
    }
}
