package org.sigti.maintenance;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.sigti.people.InstitutionScope;
import org.sigti.security.Roles;

/**
 * The annual preventive plan of SEPREM-DI-006.1 (procedures.md S3 row 8) run by hand: "Generar plan anual" of the
 * Jefe or the Responsable de Infraestructura. Idempotent: exactly one preventive case per (equipment, year), so
 * pressing it again (or after the timer ran) opens only what is missing. One run opens at most {@link #CAP} cases
 * (one transaction; about a second per 50 cases on the demo machine); a larger inventory takes further runs. The
 * plan is SEPREM's, whose manual keeps it ({@link PlanInstitution}): the people of another institution are refused,
 * each refusal a security event.
 */
@Stateless
@RolesAllowed({Roles.JEFE, Roles.RESPONSABLE})
public class MaintenancePlan {

    /** The most preventive cases one run opens (one transaction). */
    public static final int CAP = 200;
    /** The kind of record a refusal names in the security events. */
    static final String OBJECT = "maintenance_plan";

    @Inject
    MaintenanceWork work;

    @Inject
    PlanInstitution planInstitution;

    @EJB
    InstitutionScope scope;

    @Resource
    SessionContext context;

    /** Whether the caller is of the institution that keeps the plan. */
    public boolean isCallers() {
        return scope.isCaller(planInstitution.of(PreventivePlan.CALENDAR));
    }

    /** Opens the missing preventive cases of {@code year}; returns how many were opened (0 when complete). */
    public int generate(int year) {
        scope.require(planInstitution.of(PreventivePlan.CALENDAR), "MaintenancePlan.generate", OBJECT, year);
        if (year < 2000 || year > 2999) {
            throw new org.sigti.inventory.InventoryException("maintenance.plan.year", String.valueOf(year));
        }
        return work.openPlan(year, context.getCallerPrincipal().getName(), CAP);
    }
}
