package org.sigti.web.statistics;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.security.Roles;
import org.sigti.statistics.StatisticsBoard;

/** Whether the menu offers the statistics follow-up board: to the statistics team and the Auditor only. */
@Named
@RequestScoped
public class StatisticsMenu {

    @EJB
    private StatisticsBoard board;

    private Boolean offered;

    public boolean isOffered() {
        if (offered == null) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            boolean role = ec.isUserInRole(Roles.JEFE) || ec.isUserInRole(Roles.RESPONSABLE)
                    || ec.isUserInRole(Roles.TECNICO) || ec.isUserInRole(Roles.AUDITOR);
            offered = role && board.mayRead();
        }
        return offered;
    }
}
