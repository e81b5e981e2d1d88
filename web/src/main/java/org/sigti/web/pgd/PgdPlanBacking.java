package org.sigti.web.pgd;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.pgd.PgdRegister;
import org.sigti.pgd.PgdRows.PlanView;
import org.sigti.workflow.WorkflowException;

/**
 * {@code /pgd/plan.xhtml?case=ID[&version=N]}: the Plan de Gobierno Digital of a formulation case as its steps
 * recorded it (period, strategic approach, work schedule as a timeline, risk matrix, status of the current portfolio
 * with the decisions, objectives, the portfolio's projects of the version asked for, the CGD's approvals), and its
 * final document as a PDF. Reads only; the data are entered in the case's steps.
 */
@Named
@RequestScoped
public class PgdPlanBacking {

    @EJB
    private PgdRegister register;

    private Long caseId;
    private Integer version;
    private PlanView plan;

    /** f:viewAction: a missing id, a case without a plan or an unknown version is "not found". */
    public void load() throws IOException {
        try {
            plan = caseId == null ? null : register.view(caseId, version);
        } catch (WorkflowException none) {
            plan = null;
        }
        if (plan == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public PlanView getPlan() {
        return plan;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
