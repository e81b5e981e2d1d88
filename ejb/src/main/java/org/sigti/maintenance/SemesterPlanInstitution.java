package org.sigti.maintenance;

/**
 * The institution whose manual keeps the semiannual plans of systems (the preventive maintenance and the security
 * evaluation per system), told by the procedures, which know their manuals: the plans cover that institution's
 * systems only, and only its people see them.
 */
public interface SemesterPlanInstitution {

    /** The code of the institution whose systems the semester plans cover. */
    String code();
}
