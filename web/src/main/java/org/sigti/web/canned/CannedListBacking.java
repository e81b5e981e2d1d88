package org.sigti.web.canned;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.canned.CannedDraft;
import org.sigti.canned.CannedResponses;
import org.sigti.canned.CannedRow;
import org.sigti.web.cases.Messages;
import org.sigti.web.faces.PagedList;
import org.sigti.workflow.WorkflowException;
import org.sigti.workflow.flow.ProcedureDefinition;

/**
 * /canned/list.xhtml?procedure=: the canned responses of the caller's institution, paged in the database, for one
 * procedure or all. The Jefe(a) and the Responsables add, rewrite and retire them here; the IT staff and the Auditor
 * read. Refusals of bad input are shown field by field and change nothing.
 */
@Named
@ViewScoped
public class CannedListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/canned/list?faces-redirect=true&includeViewParams=true";

    @EJB
    private CannedResponses canned;

    private String procedure;
    private LazyDataModel<CannedRow> rows;
    private Boolean mayWrite;
    private transient List<ProcedureDefinition> procedures;
    private Long editing;
    private long editingVersion;
    private String draftProcedure;
    private String draftTitle;
    private String draftBody;

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> canned.count(procedure), (first, size) -> canned.page(procedure, first, size),
                row -> String.valueOf(row.id()));
    }

    /** Fills the form with a text to rewrite it. */
    public void edit(CannedRow row) {
        editing = row.id();
        editingVersion = row.version();
        draftProcedure = row.procedureCode();
        draftTitle = row.title();
        draftBody = row.body();
    }

    /** Clears the form (a new text). */
    public void clear() {
        editing = null;
        draftProcedure = null;
        draftTitle = null;
        draftBody = null;
    }

    /** Adds the typed text, or rewrites the one being edited. */
    public String save() {
        CannedDraft draft = new CannedDraft(draftProcedure, draftTitle, draftBody);
        try {
            if (editing == null) {
                canned.add(draft);
                Messages.info("canned.added", draftTitle.strip());
            } else {
                canned.rewrite(editing, editingVersion, draft);
                Messages.info("canned.rewritten", draftTitle.strip());
            }
            return SELF;
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
    }

    /** Retires a text: no longer offered. */
    public String retire(CannedRow row) {
        try {
            canned.retire(row.id(), row.version());
            Messages.info("canned.retired", row.title());
            return SELF;
        } catch (WorkflowException e) {
            Messages.show(e, this::label);
            return null;
        }
    }

    /** The procedure's code and name, or "all procedures" for a text without one. */
    public String procedureLabel(String code) {
        if (code == null) {
            return label("allProcedures");
        }
        return getProcedures().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> d.code() + " — " + d.name().in(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
                .orElse(code);
    }

    private String label(String field) {
        return Messages.text(Messages.bundle(FacesContext.getCurrentInstance()), "canned.label." + field);
    }

    public List<ProcedureDefinition> getProcedures() {
        if (procedures == null) {
            procedures = canned.procedures();
        }
        return procedures;
    }

    public boolean isMayWrite() {
        if (mayWrite == null) {
            mayWrite = canned.mayWrite();
        }
        return mayWrite;
    }

    public LazyDataModel<CannedRow> getRows() {
        return rows;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure == null || procedure.isBlank() ? null : procedure;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getDraftProcedure() {
        return draftProcedure;
    }

    public void setDraftProcedure(String draftProcedure) {
        this.draftProcedure = draftProcedure;
    }

    public String getDraftTitle() {
        return draftTitle;
    }

    public void setDraftTitle(String draftTitle) {
        this.draftTitle = draftTitle;
    }

    public String getDraftBody() {
        return draftBody;
    }

    public void setDraftBody(String draftBody) {
        this.draftBody = draftBody;
    }
}
