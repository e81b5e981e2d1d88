package org.sigti.web.committee;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.committee.CommitteeSessions;
import org.sigti.committee.CommitteeViews.AttendanceLine;
import org.sigti.committee.CommitteeViews.SessionView;
import org.sigti.committee.SessionDocument.Outcome;
import org.sigti.web.cases.Messages;
import org.sigti.workflow.WorkflowException;

/**
 * {@code /committee/session.xhtml?id=}: a session of a committee. Its Secretaría técnica (and the Jefe) record the
 * agenda and agreements, the attendance, the documents approved or modified, and generate the acta; a member present
 * signs the acta when it is their turn; the other members and the Auditor read. Each action is one service call,
 * then a redirect; a refused one shows its message and changes nothing.
 */
@Named
@ViewScoped
public class SessionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CommitteeSessions committees;

    private Long id;
    private SessionView session;

    private String agenda;
    private String agreements;
    private final Map<Long, Boolean> present = new HashMap<>();
    private String documentName;
    private String documentVersion;
    private String documentCase;
    private Outcome outcome;
    private String note;

    /** f:viewAction: the session named by the URL; an unknown one is "not found", another's a 403. */
    public void load() throws IOException {
        try {
            session = id == null ? null : committees.session(id);
        } catch (WorkflowException unknown) {
            session = null;
        }
        if (session == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        agenda = session.agendaText();
        agreements = session.agreementsText();
        for (AttendanceLine a : session.attendance()) {
            present.put(a.member().id(), Boolean.TRUE.equals(a.present()));
        }
    }

    public String record() {
        return act(() -> committees.record(id, agenda, agreements), "committee_session.recorded");
    }

    public String attendance() {
        Set<Long> members = present.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return act(() -> committees.attendance(id, members), "committee_session.attendanceSaved");
    }

    public String addDocument() {
        return act(() -> committees.addDocument(id, documentName, documentVersion,
                Dates.caseId(documentCase, "documentCase"), outcome, note), "committee_session.documentAdded");
    }

    public String generateActa() {
        return act(() -> committees.generateActa(id), "committee_session.actaGenerated");
    }

    public String sign() {
        return act(() -> committees.sign(id), "committee_session.signed");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
        } catch (WorkflowException e) {
            Messages.show(e, Dates::label);
            return null;
        }
        Messages.info(done);
        return "/committee/session.xhtml?faces-redirect=true&id=" + id;
    }

    public List<Outcome> getOutcomes() {
        return List.of(Outcome.values());
    }

    public SessionView getSession() {
        return session;
    }

    public Map<Long, Boolean> getPresent() {
        return present;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getAgreements() {
        return agreements;
    }

    public void setAgreements(String agreements) {
        this.agreements = agreements;
    }

    public String getDocumentName() {
        return documentName;
    }

    public void setDocumentName(String documentName) {
        this.documentName = documentName;
    }

    public String getDocumentVersion() {
        return documentVersion;
    }

    public void setDocumentVersion(String documentVersion) {
        this.documentVersion = documentVersion;
    }

    public String getDocumentCase() {
        return documentCase;
    }

    public void setDocumentCase(String documentCase) {
        this.documentCase = documentCase;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
