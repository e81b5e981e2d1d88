package org.sigti.web.document;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.official.OfficialDocumentView;
import org.sigti.document.official.OfficialDocuments;
import org.sigti.document.official.OfficialDraft;
import org.sigti.web.cases.Messages;
import org.sigti.workflow.WorkflowException;

/**
 * /document/new.xhtml?case= (or ?id= to correct a draft or an observed document of the caller's): "Nuevo
 * documento": the kind, the issuing unit, the structured fields and paragraphs,
 * the reviewer, up to {@value #SIGNERS} signers in the order they sign (each with the capacity they sign in), the
 * internal units and the external recipients it goes to.
 */
@Named
@ViewScoped
public class DocumentNewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SIGNERS = 4;

    @EJB
    private OfficialDocuments documents;

    private Long id;
    private Long caseId;
    private OfficialDocumentKind kind = OfficialDocumentKind.OFICIO;
    private String unit;
    private String addressees;
    private String subject;
    private String reference;
    private String body;
    private String reviewer;
    private final List<SignerInput> signers = new ArrayList<>();
    private List<String> unitRecipients = new ArrayList<>();
    private String externalRecipients;
    private List<String[]> units;

    public DocumentNewBacking() {
        for (int i = 0; i < SIGNERS; i++) {
            signers.add(new SignerInput());
        }
    }

    /** f:viewAction: with ?id=, the author's draft to correct (only while it may be corrected). */
    public void load() {
        if (id == null) {
            return;
        }
        OfficialDocumentView d = documents.view(id);
        if (!d.may().contains(OfficialDocumentView.Action.EDIT)) {
            id = null; // nothing to correct here: the form drafts a new document
            return;
        }
        kind = d.kind();
        unit = d.unitCode();
        caseId = d.caseId();
        addressees = d.addressees();
        subject = d.subject();
        reference = d.reference();
        body = String.join("\n\n", d.paragraphs());
        reviewer = d.reviewer();
        for (int i = 0; i < Math.min(SIGNERS, d.signers().size()); i++) {
            signers.get(i).setUsername(d.signers().get(i).username());
            signers.get(i).setCapacity(d.signers().get(i).capacity());
        }
        unitRecipients = new ArrayList<>(d.recipients().stream().filter(OfficialDocumentView.RecipientLine::internal)
                .map(OfficialDocumentView.RecipientLine::unitCode).toList());
        externalRecipients = String.join("\n", d.recipients().stream().filter(r -> !r.internal())
                .map(OfficialDocumentView.RecipientLine::name).toList());
    }

    public String save() {
        List<OfficialDraft.Signer> ordered = signers.stream().filter(s -> s.username != null && !s.username.isBlank())
                .map(s -> new OfficialDraft.Signer(s.username, s.capacity)).toList();
        List<OfficialDraft.Recipient> recipients = new ArrayList<>(unitRecipients.stream()
                .map(OfficialDraft.Recipient::unit).toList());
        if (externalRecipients != null) {
            Arrays.stream(externalRecipients.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(OfficialDraft.Recipient::external).forEach(recipients::add);
        }
        OfficialDraft draft = new OfficialDraft(kind, unit, caseId, addressees, subject, reference, body, reviewer,
                ordered, recipients);
        long saved;
        try {
            if (id == null) {
                saved = documents.draft(draft);
            } else {
                documents.rewrite(id, draft);
                saved = id;
            }
        } catch (WorkflowException e) {
            Messages.show(e, field -> Messages.text(Messages.bundle(jakarta.faces.context.FacesContext
                    .getCurrentInstance()), "document.field." + field));
            return null;
        }
        Messages.info("document_new.saved");
        return "/document/view?faces-redirect=true&id=" + saved;
    }

    public List<String[]> getUnits() {
        if (units == null) {
            units = documents.units();
        }
        return units;
    }

    public OfficialDocumentKind[] getKinds() {
        return OfficialDocumentKind.values();
    }

    /** One signer row of the form. */
    public static class SignerInput implements Serializable {

        private static final long serialVersionUID = 1L;
        private String username;
        private String capacity;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getCapacity() {
            return capacity;
        }

        public void setCapacity(String capacity) {
            this.capacity = capacity;
        }
    }

    public List<SignerInput> getSigners() {
        return signers;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public OfficialDocumentKind getKind() {
        return kind;
    }

    public void setKind(OfficialDocumentKind kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getAddressees() {
        return addressees;
    }

    public void setAddressees(String addressees) {
        this.addressees = addressees;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReviewer() {
        return reviewer;
    }

    public void setReviewer(String reviewer) {
        this.reviewer = reviewer;
    }

    public List<String> getUnitRecipients() {
        return unitRecipients;
    }

    public void setUnitRecipients(List<String> unitRecipients) {
        this.unitRecipients = unitRecipients == null ? new ArrayList<>() : unitRecipients;
    }

    public String getExternalRecipients() {
        return externalRecipients;
    }

    public void setExternalRecipients(String externalRecipients) {
        this.externalRecipients = externalRecipients;
    }
}
