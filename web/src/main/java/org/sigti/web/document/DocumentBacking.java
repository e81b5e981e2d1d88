package org.sigti.web.document;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.document.official.OfficialDocumentView;
import org.sigti.document.official.OfficialDocuments;
import org.sigti.web.cases.Messages;
import org.sigti.workflow.WorkflowException;

/**
 * /document/view.xhtml?id=: one official document (a draft previewed, a signed one with its PDF), its signers,
 * recipients and trail, and the actions the caller may take now. Every action is a POST and one service call; a
 * refused one shows its message and changes nothing.
 */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfficialDocuments documents;

    private Long id;
    private OfficialDocumentView document;
    private String note;
    private final Map<Integer, String> externalNumbers = new HashMap<>();

    /** f:viewAction: loads the document named by the URL (another institution's: 403). */
    public void load() {
        try {
            document = id == null ? null : documents.view(id);
        } catch (WorkflowException e) {
            document = null; // no such document: the page says so, like an unknown id anywhere
        }
        if (document == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        document.recipients().forEach(r -> externalNumbers.put(r.index(), r.externalNumber()));
    }

    public String askReview() {
        return act(() -> documents.askReview(id), "document_view.reviewAsked");
    }

    public String approve() {
        return act(() -> documents.approve(id), "document_view.approved");
    }

    public String observe() {
        return act(() -> documents.observe(id, note), "document_view.observed");
    }

    public String sign() {
        return act(() -> documents.sign(id), "document_view.signed");
    }

    public String send() {
        return act(() -> documents.send(id), "document_view.sent");
    }

    public String externalNumber(int recipient) {
        return act(() -> documents.externalNumber(id, recipient, externalNumbers.get(recipient)),
                "document_view.externalNumberSaved");
    }

    private String act(Runnable action, String done) {
        try {
            action.run();
        } catch (WorkflowException e) {
            Messages.show(e, field -> Messages.text(Messages.bundle(FacesContext.getCurrentInstance()),
                    "document.field." + field));
            return null;
        }
        Messages.info(done);
        return "/document/view?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OfficialDocumentView getDocument() {
        return document;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Map<Integer, String> getExternalNumbers() {
        return externalNumbers;
    }
}
