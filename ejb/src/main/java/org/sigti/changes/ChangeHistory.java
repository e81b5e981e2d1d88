package org.sigti.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;

/**
 * The change history of the caller's institution ("Cambios"): a page of changes newest first, filtered by system and
 * year, and the go-lives of a calendar range; each read in the database, never loaded whole. IT staff who change
 * systems and the Auditor read it; a change of another institution asked for by id is refused and recorded.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class ChangeHistory {

    /** The largest page a screen may ask for. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The most go-lives a calendar range shows. */
    static final int MAX_RANGE = 500;

    private static final String ROW = "select new org.sigti.changes.ChangeRow(c.id, c.approvedAt, c.approvedBy,"
            + " s.id, s.code, s.name, c.caseId, c.caseNumber, c.procedureCode, c.summary, c.versionRef,"
            + " c.rollbackPlan, b.id, b.fileName, b.takenAt, w.reason, w.waivedBy, c.firstRelease)"
            + " from SystemChange c join ItSystem s on s.id = c.systemId"
            + " left join BackupCopy b on b.id = c.backupCopyId left join BackupWaiver w on w.id = c.waiverId"
            + " where c.institutionCode = :institution";

    @PersistenceContext
    EntityManager em;

    @EJB
    InstitutionScope scope;

    /**
     * One page of the history, newest first.
     *
     * @param systemId the system, or null for all
     * @param year     the year of the go-live in {@code zone}, or null for all
     */
    public List<ChangeRow> page(Long systemId, Integer year, ZoneId zone, int first, int pageSize) {
        return filtered(ROW, ChangeRow.class, systemId, year, zone, " order by c.approvedAt desc, c.id desc")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
    }

    public int count(Long systemId, Integer year, ZoneId zone) {
        return filtered("select count(c) from SystemChange c where c.institutionCode = :institution", Long.class,
                systemId, year, zone, "").getSingleResult().intValue();
    }

    /** The go-lives from {@code from} (inclusive) to {@code to} (exclusive), for the calendar. */
    public List<ChangeRow> between(Instant from, Instant to) {
        return em.createQuery(ROW + " and c.approvedAt >= :from and c.approvedAt < :to order by c.approvedAt",
                ChangeRow.class).setParameter("institution", scope.caller()).setParameter("from", from)
                .setParameter("to", to).setMaxResults(MAX_RANGE).getResultList();
    }

    /** One change; another institution's is refused (403) and recorded. */
    public ChangeRow get(long id) {
        scope.owned(em.find(SystemChange.class, id), "ChangeHistory.get", "system_change", id);
        return em.createQuery(ROW.replace("where c.institutionCode = :institution", "where c.id = :id"),
                ChangeRow.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new org.sigti.workflow.WorkflowException("changes.unknown", String.valueOf(id)));
    }

    /** The systems of the caller's catalog, to filter by. */
    public List<SystemOption> systems() {
        return em.createQuery("select new org.sigti.changes.SystemOption(s.id, s.code, s.name) from ItSystem s"
                + " where s.institutionCode = :institution order by s.code", SystemOption.class)
                .setParameter("institution", scope.caller()).setMaxResults(MAX_RANGE).getResultList();
    }

    private <T> TypedQuery<T> filtered(String select, Class<T> type, Long systemId, Integer year, ZoneId zone,
            String order) {
        StringBuilder jpql = new StringBuilder(select);
        if (systemId != null) {
            jpql.append(" and c.systemId = :system");
        }
        if (year != null) {
            jpql.append(" and c.approvedAt >= :from and c.approvedAt < :to");
        }
        TypedQuery<T> q = em.createQuery(jpql + order, type).setParameter("institution", scope.caller());
        if (systemId != null) {
            q.setParameter("system", systemId);
        }
        if (year != null) {
            q.setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant())
                    .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant());
        }
        return q;
    }
}
