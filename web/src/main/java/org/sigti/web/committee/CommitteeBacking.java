package org.sigti.web.committee;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.committee.CommitteeSessions;
import org.sigti.committee.CommitteeViews.CommitteeView;
import org.sigti.committee.CommitteeViews.SessionRow;
import org.sigti.web.cases.Messages;
import org.sigti.web.faces.PagedList;
import org.sigti.workflow.WorkflowException;

/**
 * {@code /committee/committee.xhtml?id=}: a committee, its members and its sessions (paged in the database); its
 * Secretaría técnica and the Jefe open a new session, called by an oficio, and land on its page.
 */
@Named
@ViewScoped
public class CommitteeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeSessions committees;

    private Long id;
    private CommitteeView committee;
    private LazyDataModel<SessionRow> sessions;

    private String heldOn;
    private String convenedBy;
    private String caseId;

    /** f:viewAction: the committee named by the URL; an unknown one is "not found", another's a 403. */
    public void load() throws IOException {
        try {
            committee = id == null ? null : committees.committee(id);
        } catch (WorkflowException unknown) {
            committee = null;
        }
        if (committee == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        long committeeId = id;
        sessions = new PagedList<>(() -> committees.countSessions(committeeId),
                (first, size) -> committees.sessions(committeeId, first, size), r -> String.valueOf(r.id()));
    }

    public String create() {
        long session;
        try {
            session = committees.create(id, Dates.parse(heldOn), convenedBy, Dates.caseId(caseId, "caseId"));
        } catch (WorkflowException e) {
            Messages.show(e, Dates::label);
            return null;
        }
        Messages.info("committee_committee.created");
        return "/committee/session.xhtml?faces-redirect=true&id=" + session;
    }

    public CommitteeView getCommittee() {
        return committee;
    }

    public LazyDataModel<SessionRow> getSessions() {
        return sessions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String heldOn) {
        this.heldOn = heldOn;
    }

    public String getConvenedBy() {
        return convenedBy;
    }

    public void setConvenedBy(String convenedBy) {
        this.convenedBy = convenedBy;
    }

    public String getCaseId() {
        return caseId;
    }

    public void setCaseId(String caseId) {
        this.caseId = caseId;
    }
}
