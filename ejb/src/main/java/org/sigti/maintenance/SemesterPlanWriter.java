package org.sigti.maintenance;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.inventory.ItSystem;
import org.sigti.workflow.CaseStatus;

/**
 * Writes a semester's plan: a preventive maintenance and a security evaluation per active system of the catalog, the
 * report of the restores of a semester and the report of its backups, each exactly once and each asked of its
 * procedure by a {@link SemesterWorkDue} (the procedure opens the case, the plan item links it): an item already planned is skipped, and the UNIQUE constraint of {@code semester_plan_item}
 * refuses a duplicate written at the same moment by another node (that transaction rolls back whole). Runs inside
 * the caller's transaction: the timer's or the Jefe's service. The systems planned are those of the institution whose
 * manual keeps the semester plans ({@link SemesterPlanInstitution}); the reports are asked of their own procedures,
 * whose cases are their institution's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SemesterPlanWriter {

    private static final Logger LOG = Logger.getLogger(SemesterPlanWriter.class.getName());
    /** The subjects of the two reports' plan items (the calendar shows them; rows written before said the code of
     * their procedure). */
    static final String RESTORE_REPORT = "Informe de restauración";
    static final String BACKUP_REPORT = "Informe de respaldo";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SemesterWorkDue> work;

    @Inject
    SemesterPlanInstitution institution;

    /** The institution's zone: semesters start at its midnights. */
    public static ZoneId zone() {
        return ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"));
    }

    /** The institution whose manual keeps the semester plans of systems. */
    public String institution() {
        return institution.code();
    }

    /**
     * Opens what is missing of the semester's plan for the active systems of the plans' institution; returns how many
     * cases it opened.
     */
    public int generate(Semester semester, String onBehalfOf) {
        Set<String> planned = em.createQuery("select i.kind, i.subject from SemesterPlanItem i"
                + " where i.semester = :s", Object[].class).setParameter("s", semester.code()).getResultStream()
                .map(r -> r[0] + ":" + r[1]).collect(Collectors.toSet());
        List<ItSystem> systems = em.createQuery("select y from ItSystem y where y.active = true"
                + " and y.institutionCode = :institution order by y.code", ItSystem.class)
                .setParameter("institution", institution.code()).getResultList();
        int opened = 0;
        for (ItSystem system : systems) {
            for (PlanKind kind : List.of(PlanKind.PREVENTIVE, PlanKind.SECURITY)) {
                if (!planned.contains(kind + ":" + system.getCode())) {
                    open(semester, kind, system, onBehalfOf);
                    opened++;
                }
            }
        }
        if (opened > 0) {
            int count = opened;
            LOG.info(() -> "SIGTI: semester plan " + semester.code() + ": " + count + " case(s) opened");
        }
        return opened;
    }

    private void open(Semester semester, PlanKind kind, ItSystem system, String onBehalfOf) {
        SemesterPlanItem item = new SemesterPlanItem(semester.code(), kind, system.getCode(), system.getId(), now());
        em.persist(item);
        em.flush(); // a duplicate fails here, before any case is opened
        SemesterWorkDue due = SemesterWorkDue.ofSystem(kind, semester, system, onBehalfOf);
        work.fire(due);
        item.opened(due.openedCase().getId());
    }

    /**
     * Asks for the Informe de copia de restauración of a semester (normally the one just ended), unless it was
     * already opened; returns whether it was opened. Its procedure attaches the list of the semester's restores.
     */
    public boolean restoreReport(Semester semester, String onBehalfOf) {
        return report(semester, PlanKind.RESTORE_REPORT, RESTORE_REPORT, onBehalfOf);
    }

    /**
     * Asks for the Informe de copia de respaldo of a semester (normally the one just ended), unless it was already
     * opened; returns whether it was opened. Its procedure attaches the semester's figures.
     */
    public boolean backupReport(Semester semester, String onBehalfOf) {
        return report(semester, PlanKind.BACKUP_REPORT, BACKUP_REPORT, onBehalfOf);
    }

    /**
     * Whether SIGTI's database existed before {@code instant} (its first migration): a semester that ended before
     * SIGTI was installed has no report to write.
     */
    public boolean installedBefore(Instant instant) {
        Object first = em.createNativeQuery("select min(\"installed_on\") from \"flyway_schema_history\"")
                .getSingleResult();
        Instant installed = first instanceof java.sql.Timestamp t ? t.toInstant()
                : first instanceof java.time.LocalDateTime l ? l.atZone(ZoneId.systemDefault()).toInstant()
                : first instanceof Instant i ? i : null;
        return installed != null && installed.isBefore(instant);
    }

    private boolean report(Semester semester, PlanKind kind, String subject, String onBehalfOf) {
        boolean exists = !em.createQuery("select i.id from SemesterPlanItem i where i.semester = :s and i.kind = :k",
                Long.class).setParameter("s", semester.code()).setParameter("k", kind).setMaxResults(1)
                .getResultList().isEmpty();
        if (exists) {
            return false;
        }
        SemesterPlanItem item = new SemesterPlanItem(semester.code(), kind, subject, null, now());
        em.persist(item);
        em.flush(); // a duplicate written at the same moment by another node fails here, before the case
        SemesterWorkDue due = SemesterWorkDue.report(kind, semester, onBehalfOf);
        work.fire(due);
        item.opened(due.openedCase().getId());
        return true;
    }

    /** The indicator of a semester, from its plan items and their cases (the plans' institution's). */
    public Compliance compliance(Semester semester) {
        String of = institution.code();
        long[] preventive = counts(of, semester, PlanKind.PREVENTIVE);
        long[] security = counts(of, semester, PlanKind.SECURITY);
        Object[] evolutive = em.createQuery("select sum(case when r.feasible = true then 1 else 0 end),"
                + " sum(case when r.inProduction = true then 1 else 0 end) from MaintenanceRecord r"
                + " where r.institutionCode = :institution and r.maintenanceType = :type"
                + " and r.requestedAt >= :from and r.requestedAt < :to", Object[].class)
                .setParameter("institution", of).setParameter("type", SystemMaintenanceType.EVOLUTIVE)
                .setParameter("from", semester.start(zone())).setParameter("to", semester.end(zone()))
                .getSingleResult();
        return new Compliance(semester.code(), preventive[0], preventive[1], security[0], security[1],
                evolutive[0] == null ? 0 : ((Number) evolutive[0]).longValue(),
                evolutive[1] == null ? 0 : ((Number) evolutive[1]).longValue());
    }

    private long[] counts(String of, Semester semester, PlanKind kind) {
        Object[] row = em.createQuery("select count(i), sum(case when c.status = :closed and c.outcome = 'DONE'"
                + " then 1 else 0 end) from SemesterPlanItem i, WorkCase c where c.id = i.caseId"
                + " and c.institutionCode = :institution and i.semester = :s and i.kind = :k", Object[].class)
                .setParameter("institution", of).setParameter("closed", CaseStatus.CLOSED)
                .setParameter("s", semester.code()).setParameter("k", kind).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    /**
     * The plan items created in [from, to) whose case is of {@code institution}, for its calendar: the semester plans'
     * items for the plans' institution, the reports' items for the institution of the reports' procedures.
     */
    public List<PlanItemRow> items(String institution, Instant from, Instant to, int max) {
        return em.createQuery("select i.id, i.semester, i.kind, i.subject, i.caseId, c.number, c.status, c.outcome,"
                + " i.createdAt from SemesterPlanItem i join WorkCase c on c.id = i.caseId"
                + " where c.institutionCode = :institution and i.createdAt >= :from and i.createdAt < :to"
                + " order by i.createdAt, i.id", Object[].class).setParameter("institution", institution)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultStream()
                .map(r -> new PlanItemRow((Long) r[0], (String) r[1], String.valueOf(r[2]), (String) r[3],
                        (Long) r[4], (String) r[5], r[6] == null ? null : String.valueOf(r[6]), (String) r[7],
                        (Instant) r[8])).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

}
