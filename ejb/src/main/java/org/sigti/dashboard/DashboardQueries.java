package org.sigti.dashboard;

import static org.sigti.dashboard.Figures.number;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.sigti.backup.BackupSemesterFigures;
import org.sigti.backup.BackupSemesterRow;
import org.sigti.maintenance.Compliance;
import org.sigti.maintenance.Semester;
import org.sigti.maintenance.SemesterPlanWriter;

/**
 * The dashboard's figures, each one aggregate query (GROUP BY in the database over the indexes of V69, never a case
 * read into memory). Not a service: {@link Dashboard} checks who asks and for what, then reads through it; every
 * query is bound to the filter's institution (and unit where the table has one).
 *
 * <p>The cases of a period are those opened in it; "closed" counts those of them closed since, "within service level"
 * those closed with a service level and neither its response nor its resolution late, "out of service level" those
 * whose response or resolution was late (open or closed). A case's units are the units whose staff had an inbox item
 * of it (the requester's own items aside), so a case worked on by two units counts in both.
 */
@ApplicationScoped
public class DashboardQueries {

    /** The most rows a table gets (every procedure, unit or priority fits well below it). */
    static final int MAX_ROWS = 500;
    /** The requester's own inbox items (a correction, an acceptance) do not make their unit one of the case's. */
    private static final String STAFF = " and i.role_name <> 'Solicitante'";
    private static final String CLOSED = "c.status = 'CLOSED'";
    private static final String WITHIN = CLOSED + " and c.resolution_due is not null and c.response_breached = false"
            + " and c.resolution_breached = false";
    private static final String OUT = "(c.response_breached = true or c.resolution_breached = true)";
    private static final String FIGURES = "count(*), sum(case when " + CLOSED + " then 1 else 0 end),"
            + " sum(case when " + WITHIN + " then 1 else 0 end), sum(case when " + OUT + " then 1 else 0 end)";
    private static final String PERIOD = " c.institution_code = ?1 and c.opened_at >= ?2 and c.opened_at < ?3";
    private static final String OF_UNIT = " and exists (select 1 from work_item i where i.case_id = c.id"
            + " and i.unit_code = ?4" + STAFF + ")";

    /**
     * A license pool's expiry or a warranty ({@code column} of {@code table}): before ?2 (today), from it to ?3 (30
     * days on), from it to ?4 (90 days on); ?1 the institution.
     */
    private static String expiries(String table, String column, String more) {
        String d = "x." + column;
        return "select sum(case when " + d + " < ?2 then 1 else 0 end), sum(case when " + d + " >= ?2 and " + d
                + " <= ?3 then 1 else 0 end), sum(case when " + d + " >= ?2 and " + d + " <= ?4 then 1 else 0 end)"
                + " from " + table + " x where x.institution_code = ?1 and " + d + " <= ?4" + more;
    }

    static final String LICENSE_EXPIRIES = expiries("license_pool", "expires_on", "");
    /** Equipment disposed of has no warranty to renew. */
    static final String WARRANTY_EXPIRIES = expiries("equipment", "warranty_until", " and x.state <> 'RETIRED'");

    /** Cases per {@code column}: ?1 institution, ?2 and ?3 the period's instants, ?4 the unit when {@code unit}. */
    static String casesBySql(String column, boolean unit) {
        return "select c." + column + ", " + FIGURES + " from work_case c where" + PERIOD + (unit ? OF_UNIT : "")
                + " group by c." + column + " order by c." + column;
    }

    /** Cases per unit, each (case, unit) pair once; parameters as {@link #casesBySql}. */
    static String casesByUnitSql(boolean unit) {
        return "select c.unit_code, " + FIGURES + " from (select distinct i.unit_code, w.id, w.status,"
                + " w.resolution_due, w.response_breached, w.resolution_breached from work_case w join work_item i"
                + " on i.case_id = w.id where w.institution_code = ?1 and w.opened_at >= ?2 and w.opened_at < ?3"
                + " and i.unit_code is not null" + STAFF + (unit ? " and i.unit_code = ?4" : "")
                + ") c group by c.unit_code order by c.unit_code";
    }

    /** The access reviews opened in the period per semester; parameters as {@link #casesBySql}. */
    static String accessReviewsSql(boolean unit) {
        return "select r.semester, count(*), sum(case when r.status = 'DONE' then 1 else 0 end)"
                + " from access_review r join work_case c on c.id = r.case_id where c.institution_code = ?1"
                + " and r.opened_at >= ?2 and r.opened_at < ?3" + (unit ? " and r.unit_code = ?4" : "")
                + " group by r.semester order by r.semester desc";
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    BackupSemesterFigures backups;

    @Inject
    SemesterPlanWriter semesterPlans;

    /** The time zone periods and semesters are counted in (the installation's). */
    static ZoneId zone() {
        return SemesterPlanWriter.zone();
    }

    /** Cases per procedure or per priority ({@code column}: {@code procedure_code} or {@code priority}). */
    List<FigureRow> casesBy(String column, DashboardFilter f) {
        return caseRows(bind(em.createNativeQuery(casesBySql(column, f.unit() != null)), f));
    }

    /** Cases per unit: each (case, unit) pair once, then counted per unit. */
    List<FigureRow> casesByUnit(DashboardFilter f) {
        return caseRows(bind(em.createNativeQuery(casesByUnitSql(f.unit() != null)), f));
    }

    /** DP's indicators per semester of the period; none for an institution that keeps no semester plans. */
    List<FigureRow> maintenance(DashboardFilter f) {
        List<FigureRow> rows = new ArrayList<>();
        if (!f.institution().equals(semesterPlans.institution())) {
            return rows;
        }
        for (Semester s : Figures.semesters(f.from(), f.to())) {
            Compliance c = semesterPlans.compliance(s);
            rows.add(new FigureRow(s.code(), java.util.Arrays.asList(java.math.BigDecimal.valueOf(c.planned()),
                    java.math.BigDecimal.valueOf(c.executed()), c.percent(),
                    java.math.BigDecimal.valueOf(c.evolutiveApproved()),
                    java.math.BigDecimal.valueOf(c.evolutiveExecuted()), c.evolutivePercent())));
        }
        return rows;
    }

    /** Backup runs and copies per semester of the period, every schedule of the institution summed. */
    List<FigureRow> backups(DashboardFilter f) {
        List<FigureRow> rows = new ArrayList<>();
        for (Semester s : Figures.semesters(f.from(), f.to())) {
            long[] sum = new long[6];
            for (BackupSemesterRow r : backups.rows(f.institution(), s.start(zone()), s.end(zone()))) {
                sum[0] += r.planned();
                sum[1] += r.done();
                sum[2] += r.missed();
                sum[3] += r.failed();
                sum[4] += r.copies();
                sum[5] += r.verified();
            }
            rows.add(FigureRow.counts(s.code(), sum));
        }
        return rows;
    }

    /** The access reviews opened in the period per semester: how many, how many completed. */
    List<FigureRow> accessReviews(DashboardFilter f) {
        List<FigureRow> rows = new ArrayList<>();
        for (Object o : bind(em.createNativeQuery(accessReviewsSql(f.unit() != null)), f).getResultList()) {
            Object[] r = (Object[]) o;
            long reviews = number(r[1]);
            long done = number(r[2]);
            rows.add(new FigureRow((String) r[0], java.util.Arrays.asList(java.math.BigDecimal.valueOf(reviews),
                    java.math.BigDecimal.valueOf(done), Figures.percent(done, reviews))));
        }
        return rows;
    }

    /**
     * The institution's license pools and equipment warranties (equipment not yet disposed of) expired before
     * {@code today}, and expiring from today within 30 and within 90 days.
     */
    List<FigureRow> expiries(String institution, LocalDate today) {
        List<FigureRow> rows = new ArrayList<>();
        rows.add(expiryRow("LICENSE_POOL", LICENSE_EXPIRIES, institution, today));
        rows.add(expiryRow("EQUIPMENT", WARRANTY_EXPIRIES, institution, today));
        return rows;
    }

    private FigureRow expiryRow(String kind, String sql, String institution, LocalDate today) {
        Object[] r = (Object[]) em.createNativeQuery(sql).setParameter(1, institution).setParameter(2, today)
                .setParameter(3, today.plusDays(30)).setParameter(4, today.plusDays(90)).getSingleResult();
        return FigureRow.counts(kind, number(r[0]), number(r[1]), number(r[2]));
    }

    private static Query bind(Query q, DashboardFilter f) {
        q.setParameter(1, f.institution()).setParameter(2, start(f.from())).setParameter(3, start(f.to().plusDays(1)));
        if (f.unit() != null) {
            q.setParameter(4, f.unit());
        }
        return q.setMaxResults(MAX_ROWS);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    private static List<FigureRow> caseRows(Query q) {
        List<FigureRow> rows = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(FigureRow.counts(r[0] == null ? NONE : (String) r[0], number(r[1]), number(r[2]), number(r[3]),
                    number(r[4])));
        }
        return rows;
    }

    /** The key of a row without a value (a case without priority). */
    public static final String NONE = "-";
}
