package org.sigti.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.sigti.document.Letterhead;
import org.sigti.people.InstitutionScope;
import org.sigti.people.Institutions;
import org.sigti.security.AccessDeniedException;
import org.sigti.security.Roles;
import org.sigti.security.SecurityEvents;

/**
 * The office's indicators (issue 17, item 6) for the Jefe, the Responsables and the Auditor: every table of {@link
 * DashboardTable} for a {@link DashboardFilter}, computed in the database ({@link DashboardQueries}). The Jefe and the
 * Auditor see their institution, every unit or one; a Responsable sees their own unit's cases and access reviews (the
 * institution's backups, maintenance and inventory are the office's and shown whole). SIGTI has no role that crosses
 * institutions: a filter naming another institution, or a Responsable asking for another unit, is refused and recorded
 * as a security event. Reads only.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE, Roles.AUDITOR})
public class Dashboard {

    /** The kind of record a refusal names in the security events. */
    static final String OBJECT = "dashboard";

    @Inject
    DashboardQueries queries;

    @Inject
    Institutions institutions;

    @EJB
    InstitutionScope scope;

    @EJB
    SecurityEvents securityEvents;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** What the caller may look at: their institution, their unit if bound to one, the units to choose among. */
    public DashboardScope scope() {
        String institution = scope.caller();
        String fixed = boundUnit("Dashboard.scope");
        List<DashboardScope.Unit> units = new ArrayList<>();
        var query = em.createQuery("select u.code, u.name from OrgUnit u where u.institutionCode = :institution"
                + (fixed == null ? "" : " and u.code = :unit") + " order by u.code", Object[].class)
                .setParameter("institution", institution);
        if (fixed != null) {
            query.setParameter("unit", fixed);
        }
        query.getResultStream().forEach(r -> units.add(new DashboardScope.Unit((String) r[0], (String) r[1])));
        return new DashboardScope(institution, fixed, units);
    }

    /** One table's figures for the filter, once the caller may see them. */
    public FigureTable table(DashboardTable table, DashboardFilter filter) {
        DashboardFilter f = allowed(filter, "Dashboard.table");
        List<FigureRow> rows = switch (table) {
            case PROCEDURE -> queries.casesBy("procedure_code", f);
            case PRIORITY -> queries.casesBy("priority", f);
            case UNIT -> queries.casesByUnit(f);
            case MAINTENANCE -> queries.maintenance(f);
            case BACKUP -> queries.backups(f);
            case ACCESS_REVIEW -> queries.accessReviews(f);
            case EXPIRY -> queries.expiries(f.institution(), today());
        };
        return new FigureTable(table, rows);
    }

    /** Every table, in {@link DashboardTable}'s order. */
    public List<FigureTable> tables(DashboardFilter filter) {
        DashboardFilter f = allowed(filter, "Dashboard.tables");
        List<FigureTable> result = new ArrayList<>();
        for (DashboardTable t : DashboardTable.values()) {
            result.add(table(t, f));
        }
        return result;
    }

    /** A table's export as a PDF of the institution (its letterhead), with its chart. */
    public byte[] pdf(DashboardFilter filter, DashboardPdf.Content content) {
        DashboardFilter f = allowed(filter, "Dashboard.pdf");
        Letterhead letterhead = institutions.letterhead(f.institution());
        return DashboardPdf.write(letterhead, DashboardQueries.zone(), content);
    }

    /** Today in the installation's zone (the expiries count from it). */
    public LocalDate today() {
        return LocalDate.now(DashboardQueries.zone());
    }

    /**
     * The filter as the caller may see it: their institution only; for a Responsable, their unit (none asked: theirs).
     */
    private DashboardFilter allowed(DashboardFilter filter, String action) {
        scope.require(filter.institution(), action, OBJECT, filter.institution());
        String fixed = boundUnit(action);
        if (fixed == null || fixed.equals(filter.unit())) {
            return filter;
        }
        if (filter.unit() == null) {
            return filter.withUnit(fixed);
        }
        throw deny(action, filter.unit(), "another unit's figures");
    }

    /** The unit a Responsable is bound to (null for the Jefe and the Auditor); a Responsable without one is refused. */
    private String boundUnit(String action) {
        if (context.isCallerInRole(Roles.JEFE) || context.isCallerInRole(Roles.AUDITOR)) {
            return null;
        }
        String unit = em.createNamedQuery("UserProfile.findUnitCode", String.class)
                .setParameter("username", context.getCallerPrincipal().getName()).getResultStream().findFirst()
                .orElse(null);
        if (unit == null) {
            throw deny(action, "-", "a Responsable without a unit");
        }
        return unit;
    }

    private AccessDeniedException deny(String action, String id, String detail) {
        securityEvents.accessDenied(action, OBJECT, id, null, detail);
        return new AccessDeniedException(OBJECT + " " + id + ": " + detail);
    }
}
