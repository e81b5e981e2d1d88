package org.sigti.maintenance;

import org.sigti.inventory.Equipment;
import org.sigti.workflow.CaseRequest;

/**
 * A computer's or printer's preventive maintenance of the year is due under one of the annual plans: fired by
 * {@link MaintenanceWork#openPlan(PreventivePlan, int, String, int)} once per equipment and year, in the plan run's
 * transaction. The procedure that runs that plan's maintenance observes it and opens its case (the field names are
 * {@link MaintenanceWork#EQUIPMENT_FIELD} and {@link MaintenanceWork#MONTH_FIELD}); the plan records the
 * {@code maintenance_job} of that case.
 */
public final class PreventiveMaintenanceDue extends CaseRequest {

    private final PreventivePlan plan;
    private final Equipment equipment;
    private final int year;
    private final Integer month;
    private final String onBehalfOf;

    PreventiveMaintenanceDue(PreventivePlan plan, Equipment equipment, int year, Integer month, String onBehalfOf) {
        this.plan = plan;
        this.equipment = equipment;
        this.year = year;
        this.month = month;
        this.onBehalfOf = onBehalfOf;
    }

    public PreventivePlan plan() {
        return plan;
    }

    public Equipment equipment() {
        return equipment;
    }

    public int year() {
        return year;
    }

    /** The month of the cronograma (1–12); null for the calendar's plan. */
    public Integer month() {
        return month;
    }

    /** Who runs the plan (recorded on the case's trail). */
    public String onBehalfOf() {
        return onBehalfOf;
    }
}
