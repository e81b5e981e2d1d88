package org.sigti.maintenance;

/**
 * The institution whose manual an annual preventive plan follows, told by the procedures (which know their
 * manuals): the plan covers that institution's computers and printers only.
 */
public interface PlanInstitution {

    /** The code of the institution whose equipment the plan covers. */
    String of(PreventivePlan plan);
}
