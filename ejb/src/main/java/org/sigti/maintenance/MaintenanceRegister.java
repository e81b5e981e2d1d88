package org.sigti.maintenance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.sigti.changes.SystemOption;
import org.sigti.inventory.EquipmentRegistry;
import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;

/**
 * The register DGP/ESIN-R-6 "Mantenimiento de Sistemas" of the caller's institution (the Defensoría's: DPG/ESIN-PRO-5
 * keeps it): a page of rows, newest request first, filtered by system, year of the request (in the institution's
 * zone) and maintenance type, read in the database a page at a time. ESIN's people and the Auditor read it; the
 * people of another institution are refused every read (the register is the Defensoría's), each refusal a security
 * event. Every filter has an index that gives the page's order (V36, V39), so a page reads its rows and no more;
 * bench/register-benchmark.sh runs the SQL of these queries at a million rows: keep its shapes in step with this class.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR})
public class MaintenanceRegister {

    /** The largest page a screen or an export asks for at once. */
    public static final int MAX_PAGE_SIZE = 500;
    private static final String OBJECT = "maintenance_record";

    private static final String ROW = "select new org.sigti.maintenance.RegisterRow(r.id, r.recordNumber,"
            + " r.requestedAt, s.id, s.code, s.name, r.requesterUnit, s.kind, r.feasible, r.concludedAt,"
            + " r.inProduction, r.observations, r.maintenanceType, r.caseId, r.caseNumber)"
            + " from MaintenanceRecord r join ItSystem s on s.id = r.systemId where r.institutionCode = :institution";

    @PersistenceContext
    EntityManager em;

    @EJB
    InstitutionScope scope;

    @Inject
    SemesterPlanInstitution institution;

    /** Whether the caller is of the institution whose manual keeps the register, e.g. to offer its page. */
    public boolean isCallers() {
        return scope.isCaller(institution.code());
    }

    /** A filter of the register: each part null for all. */
    public record Filter(Long systemId, Integer year, SystemMaintenanceType type) {

        public static final Filter ALL = new Filter(null, null, null);
    }

    /** One page, newest request first. */
    public List<RegisterRow> page(Filter filter, ZoneId zone, int first, int pageSize) {
        require("page");
        return filtered(ROW, RegisterRow.class, filter, zone, " order by r.requestedAt desc, r.id desc")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE)))
                .getResultList();
    }

    /**
     * How many rows match, up to {@link EquipmentRegistry#COUNT_CAP} + 1 (the screen shows "más de 1000"): an exact
     * count of a million-row register reads the whole institution's part on every page load, and no one pages that far.
     * It reads ids, not {@code count(r)}: every index of the register ends with the id, so the count is an index-only
     * scan of the filter's index that stops at the cap (bench/register-benchmark.sh runs it at a million rows).
     */
    public int count(Filter filter, ZoneId zone) {
        require("count");
        return filtered("select r.id from MaintenanceRecord r where r.institutionCode = :institution", Long.class,
                filter, zone, "").setMaxResults(EquipmentRegistry.COUNT_CAP + 1).getResultList().size();
    }

    /** The systems of the caller's catalog, to filter by. */
    public List<SystemOption> systems() {
        require("systems");
        return em.createQuery("select new org.sigti.changes.SystemOption(s.id, s.code, s.name) from ItSystem s"
                + " where s.institutionCode = :institution order by s.code", SystemOption.class)
                .setParameter("institution", scope.caller()).setMaxResults(MAX_PAGE_SIZE).getResultList();
    }

    /** Refuses (recorded) a caller of another institution than the register's. */
    private void require(String method) {
        scope.require(institution.code(), "MaintenanceRegister." + method, OBJECT, "DGP/ESIN-R-6");
    }

    private <T> TypedQuery<T> filtered(String select, Class<T> type, Filter filter, ZoneId zone, String order) {
        Filter f = filter == null ? Filter.ALL : filter;
        StringBuilder jpql = new StringBuilder(select);
        if (f.systemId() != null) {
            jpql.append(" and r.systemId = :system");
        }
        if (f.year() != null) {
            jpql.append(" and r.requestedAt >= :from and r.requestedAt < :to");
        }
        if (f.type() != null) {
            jpql.append(" and r.maintenanceType = :type");
        }
        TypedQuery<T> q = em.createQuery(jpql + order, type).setParameter("institution", scope.caller());
        if (f.systemId() != null) {
            q.setParameter("system", f.systemId());
        }
        if (f.year() != null) {
            q.setParameter("from", LocalDate.of(f.year(), 1, 1).atStartOfDay(zone).toInstant())
                    .setParameter("to", LocalDate.of(f.year() + 1, 1, 1).atStartOfDay(zone).toInstant());
        }
        if (f.type() != null) {
            q.setParameter("type", f.type());
        }
        return q;
    }
}
