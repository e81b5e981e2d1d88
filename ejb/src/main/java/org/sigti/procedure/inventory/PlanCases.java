package org.sigti.procedure.inventory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.sigti.inventory.Equipment;
import org.sigti.maintenance.AnnualPlan;
import org.sigti.maintenance.MaintenanceCalendarDay;
import org.sigti.maintenance.MaintenancePlan;
import org.sigti.maintenance.MaintenanceWork;
import org.sigti.maintenance.PreventiveMaintenanceDue;
import org.sigti.maintenance.PlanInstitution;
import org.sigti.maintenance.PreventivePlan;
import org.sigti.workflow.CaseEngine;

/**
 * The preventive cases of the annual plans, one per computer or printer and year, opened by SIGTI in the plan run's
 * transaction: the maintenance calendar's plan runs SEPREM-DI-006.1 (its cases wait at step 1), the plan drawn up
 * with a cronograma runs S04.03.04.03 (each case with its month, waiting for the help desk's ticket). Their fields:
 * the patrimonial code, the plan's year and, in the cronograma, the month. Also keeps S04.03.04.03's plan complete on
 * the maintenance calendar's January days, once its coordinator has drawn it up ({@link AnnualPlans#draw}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanCases implements PlanInstitution {

    private static final Logger LOG = Logger.getLogger(PlanCases.class.getName());

    @Inject
    CaseEngine engine;

    @Inject
    MaintenanceWork work;

    @Inject
    org.sigti.workflow.Procedures procedures;

    @PersistenceContext
    EntityManager em;

    void open(@Observes PreventiveMaintenanceDue due) {
        String procedure = procedure(due.plan());
        Equipment e = due.equipment();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(MaintenanceWork.EQUIPMENT_FIELD, e.getPatrimonialCode());
        values.put("plan_anual", String.valueOf(due.year()));
        if (due.month() != null) {
            values.put(MaintenanceWork.MONTH_FIELD, String.valueOf(due.month()));
        }
        String title = "Mantenimiento preventivo " + due.year() + " del equipo " + e.getPatrimonialCode();
        String description = "Plan de mantenimiento anual " + due.year()
                + (due.month() != null ? " (cronograma: " + MaintenanceWork.MONTHS.get(due.month() - 1) + ")" : "")
                + ": " + e.getKind() + " " + e.getBrand() + " " + e.getModel() + ", serie " + e.getSerial()
                + (e.getCustodianName() == null ? "" : ", a cargo de " + e.getCustodianName())
                + (e.getLocation() == null ? "" : ", en " + e.getLocation()) + ".";
        due.opened(engine.startBySystem(procedure, title, description, due.onBehalfOf(), null, values));
    }

    /** The institution of the plan's procedure (SEPREM-DI-006.1's or S04.03.04.03's). */
    @Override
    public String of(PreventivePlan plan) {
        return engine.institutionOf(procedures.definition(procedure(plan)));
    }

    private static String procedure(PreventivePlan plan) {
        return plan == PreventivePlan.CRONOGRAMA ? S04030403.CODE : SepremDi0061.CODE;
    }

    /** A January day of the maintenance calendar: S04.03.04.03's drawn-up plan of the year gets what it misses. */
    void keepComplete(@Observes MaintenanceCalendarDay day) {
        if (!em.createNamedQuery("AnnualPlan.find", AnnualPlan.class).setParameter("institution",
                engine.institutionOf(procedures.definition(AnnualPlans.PROCEDURE)))
                .setParameter("procedure", AnnualPlans.PROCEDURE)
                .setParameter("year", day.year()).getResultList().isEmpty()) {
            int scheduled = work.openPlan(PreventivePlan.CRONOGRAMA, day.year(), day.onBehalfOf(),
                    MaintenancePlan.CAP);
            LOG.info(() -> "S04.03.04.03 plan " + day.year() + ": " + scheduled + " preventive cases opened.");
        }
    }
}
