package org.sigti.backup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The log backup jobs of S04.03.01.04 step 4: one backup schedule of kind {@link BackupTargetKind#LOG} per critical
 * system and operating-system log (Seguridad, Aplicación, Sistema) of the signed cronograma, on the calendar its row
 * gives (frequency and first date, at {@link #AT}), each firing opening a run of the procedure named by the caller.
 * Runs inside the move's transaction; each schedule's timer follows it ({@link BackupTimers#sync}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LogBackupJobs {

    /** The hour the backup scripts run (the cronograma gives the date, not the hour). */
    public static final LocalTime AT = LocalTime.of(2, 0);
    /** A run nobody confirmed in two days is overdue. */
    static final int OVERDUE_HOURS = 48;

    /** One row of the cronograma: the system of the catalog, the log, how often, from where to where. */
    public record Job(long systemId, String systemName, String log, BackupFrequency frequency, LocalDate firstDate,
            String path, String file, String destination) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    BackupTimers timers;

    /**
     * Schedules the jobs in {@code unit} of {@code institution}, owned by {@code owner}, run by {@code tecnico},
     * opening cases of {@code procedureCode}; returns the schedules' ids in the jobs' order.
     */
    public List<Long> schedule(String institution, String unit, String owner, String tecnico, String procedureCode,
            List<Job> jobs) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Long> ids = new ArrayList<>();
        for (Job job : jobs) {
            BackupSchedule s = new BackupSchedule(institution, unit, owner, now);
            s.define(cut("Log de " + job.log() + " — " + job.systemName(), BackupSchedule.NAME_MAXLENGTH),
                    BackupTargetKind.LOG, cut(job.file() + " (" + job.path() + " → " + job.destination() + ")",
                            BackupSchedule.TARGET_NAME_MAXLENGTH), job.systemId(), procedureCode, job.frequency(),
                    Cadence.expression(job.frequency(), AT, job.firstDate().getDayOfWeek(),
                            Math.min(job.firstDate().getDayOfMonth(), 28), job.firstDate().getMonth()),
                    BackupRecords.zone().getId(), tecnico, EnumSet.of(StorageLocation.CONTINGENCY_STORAGE),
                    OVERDUE_HOURS, now);
            em.persist(s);
            em.flush();
            timers.sync(s.getId());
            ids.add(s.getId());
        }
        return ids;
    }

    /** The LOG schedules of an institution: how many are enabled (what the verification of step 5 looks at). */
    public long enabledJobs(String institution) {
        return em.createQuery("select count(s) from BackupSchedule s where s.institutionCode = :i"
                + " and s.targetKind = :log and s.enabled = true", Long.class).setParameter("i", institution)
                .setParameter("log", BackupTargetKind.LOG).getSingleResult();
    }

    /** Whether the run case has a copy registered (by its script through the API, or by hand). */
    public boolean hasCopy(long caseId) {
        return !em.createQuery("select c.id from BackupCopy c where c.caseId = :c", Long.class)
                .setParameter("c", caseId).setMaxResults(1).getResultList().isEmpty();
    }

    /** The LOG copies of an institution registered between two instants, per schedule name: name → count. */
    public List<Object[]> copiesPerJob(String institution, Instant from, Instant to) {
        return em.createQuery("select s.name, count(c) from BackupCopy c, BackupTask t, BackupSchedule s"
                + " where c.taskId = t.id and t.scheduleId = s.id and s.institutionCode = :i and s.targetKind = :log"
                + " and c.takenAt >= :from and c.takenAt < :to group by s.name order by s.name", Object[].class)
                .setParameter("i", institution).setParameter("log", BackupTargetKind.LOG)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
