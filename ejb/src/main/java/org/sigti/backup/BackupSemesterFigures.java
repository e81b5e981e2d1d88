package org.sigti.backup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The figures of the semiannual Informe de copia de respaldo (S04.03.02.01 steps 12–14), counted in the database:
 * per schedule, its runs planned in the period by outcome and the copies registered in the period by verification;
 * and the copies whose verification failed. Not a service: the semester's timer (no caller) reads through it. Each
 * report is one institution's: its schedules' runs and the copies registered on its cases, never another's.
 */
@ApplicationScoped
public class BackupSemesterFigures {

    /** A copy whose verification failed: its number, case, file, when it was taken, its size, what failed. */
    public record FailedCopy(long id, String caseNumber, String fileName, Instant takenAt, long sizeBytes,
            String detail) implements java.io.Serializable {
    }

    /** At most this many failed copies are listed (their count is in the rows). */
    public static final int MAX_FAILURES = 100;

    @PersistenceContext
    EntityManager em;

    /**
     * One row per schedule of {@code institution} with runs or copies in [from, to), by name; last, the copies of its
     * cases outside any schedule.
     */
    public List<BackupSemesterRow> rows(String institution, Instant from, Instant to) {
        Map<Long, BackupSemesterRow> bySchedule = new LinkedHashMap<>();
        List<?> runs = em.createNativeQuery("select s.id, s.name, s.procedure_code, s.unit_code, count(t.id),"
                + " sum(case when t.status = 'DONE' then 1 else 0 end),"
                + " sum(case when t.status = 'OPEN' then 1 else 0 end),"
                + " sum(case when t.status = 'FAILED' then 1 else 0 end),"
                + " sum(case when t.status = 'MISSED' then 1 else 0 end)"
                + " from backup_schedule s join backup_task t on t.schedule_id = s.id"
                + " where s.institution_code = ?3 and t.planned_at >= ?1 and t.planned_at < ?2"
                + " group by s.id, s.name, s.procedure_code, s.unit_code order by s.name, s.id")
                .setParameter(1, from).setParameter(2, to).setParameter(3, institution).getResultList();
        for (Object o : runs) {
            Object[] r = (Object[]) o;
            bySchedule.put(number(r[0]), new BackupSemesterRow((String) r[1], (String) r[2], (String) r[3],
                    number(r[4]), number(r[5]), number(r[6]), number(r[7]), number(r[8]), 0, 0, 0, 0));
        }
        List<?> copies = em.createNativeQuery("select t.schedule_id, count(c.id),"
                + " sum(case when c.verification = 'VERIFIED' then 1 else 0 end),"
                + " sum(case when c.verification = 'FAILED' then 1 else 0 end), sum(c.size_bytes)"
                + " from backup_copy c join work_case w on w.id = c.case_id left join backup_task t on t.id = c.task_id"
                + " where w.institution_code = ?3 and c.taken_at >= ?1 and c.taken_at < ?2 group by t.schedule_id")
                .setParameter(1, from).setParameter(2, to).setParameter(3, institution).getResultList();
        BackupSemesterRow outside = null;
        for (Object o : copies) {
            Object[] r = (Object[]) o;
            if (r[0] == null) {
                outside = BackupSemesterRow.empty(null, null, null).withCopies(number(r[1]), number(r[2]),
                        number(r[3]), number(r[4]));
                continue;
            }
            long scheduleId = number(r[0]);
            BackupSemesterRow row = bySchedule.get(scheduleId);
            if (row == null) { // copies of runs planned before the period
                BackupSchedule schedule = em.find(BackupSchedule.class, scheduleId);
                row = BackupSemesterRow.empty(schedule.getName(), schedule.getProcedureCode(), schedule.getUnitCode());
            }
            bySchedule.put(scheduleId, row.withCopies(number(r[1]), number(r[2]), number(r[3]), number(r[4])));
        }
        List<BackupSemesterRow> rows = new ArrayList<>(bySchedule.values());
        if (outside != null) {
            rows.add(outside);
        }
        return rows;
    }

    /**
     * The copies registered on {@code institution}'s cases in [from, to) whose verification failed, oldest first, at
     * most {@link #MAX_FAILURES}.
     */
    public List<FailedCopy> failures(String institution, Instant from, Instant to) {
        List<?> found = em.createNativeQuery("select c.id, w.case_number, c.file_name, c.taken_at, c.size_bytes,"
                + " c.verification_detail from backup_copy c join work_case w on w.id = c.case_id"
                + " where w.institution_code = ?3 and c.verification = 'FAILED' and c.taken_at >= ?1 and c.taken_at < ?2"
                + " order by c.taken_at, c.id")
                .setParameter(1, from).setParameter(2, to).setParameter(3, institution).setMaxResults(MAX_FAILURES).getResultList();
        List<FailedCopy> rows = new ArrayList<>();
        for (Object o : found) {
            Object[] r = (Object[]) o;
            rows.add(new FailedCopy(number(r[0]), (String) r[1], (String) r[2], instant(r[3]), number(r[4]),
                    (String) r[5]));
        }
        return rows;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
