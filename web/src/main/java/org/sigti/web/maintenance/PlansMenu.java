package org.sigti.web.maintenance;

import java.util.stream.Stream;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.maintenance.MaintenanceRegister;
import org.sigti.maintenance.SemesterPlans;
import org.sigti.procedure.inventory.AnnualPlans;
import org.sigti.security.Roles;

/**
 * Which plan pages the navigation offers: a plan's page only to the people of the institution whose manual keeps it
 * (the annual plan of S04.03.04.03 to MINDEF's, the semester plans' indicators and the register DGP/ESIN-R-6 of
 * DPG/ESIN-PRO-5 to the Defensoría's)
 * and in the roles its service lets through. Asked once per request.
 */
@Named
@RequestScoped
public class PlansMenu {

    @EJB
    private AnnualPlans annualPlans;

    @EJB
    private SemesterPlans semesterPlans;

    @EJB
    private MaintenanceRegister maintenanceRegister;

    private Boolean annualPlan;
    private Boolean semesterPlan;
    private Boolean register;

    /** The link to {@code /maintenance/plan.xhtml}. */
    public boolean isAnnualPlan() {
        if (annualPlan == null) {
            annualPlan = inRole(Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR) && annualPlans.isCallers();
        }
        return annualPlan;
    }

    /** The link to {@code /maintenance/indicators.xhtml}. */
    public boolean isSemesterPlan() {
        if (semesterPlan == null) {
            semesterPlan = inRole(Roles.JEFE, Roles.RESPONSABLE, Roles.AUDITOR) && semesterPlans.isCallers();
        }
        return semesterPlan;
    }

    /** The link to {@code /maintenance/register.xhtml}, the register DGP/ESIN-R-6 of the same manual. */
    public boolean isRegister() {
        if (register == null) {
            register = inRole(Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.AUDITOR) && maintenanceRegister.isCallers();
        }
        return register;
    }

    private static boolean inRole(String... roles) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        return context.getUserPrincipal() != null && Stream.of(roles).anyMatch(context::isUserInRole);
    }
}
