package org.sigti.web.publication;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.publication.PublicationRegister;
import org.sigti.publication.PublicationRow;
import org.sigti.publication.Publications;
import org.sigti.web.cases.Messages;
import org.sigti.web.faces.PagedList;
import org.sigti.workflow.WorkflowException;

/**
 * /publication/register.xhtml: the registro interno de publicaciones (S04.02.00.01 step 39, S04.02.00.02 step 32),
 * newest first, paged in the database. The procedures' steps register publications; here the cybersecurity team
 * withdraws one (it stays, ended), and the Jefe, the coordinators and the Auditor read it. The f:viewAction asks the
 * register first, so that anyone else gets the 403 page (the refusal recorded) before anything renders.
 */
@Named
@ViewScoped
public class PublicationRegisterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private PublicationRegister register;

    @EJB
    private Publications publications;

    private LazyDataModel<PublicationRow> rows;

    private Boolean writer;

    private final Map<Long, String> reasons = new HashMap<>();

    @PostConstruct
    void init() {
        rows = new PagedList<>(register::count, register::page, row -> String.valueOf(row.id()));
    }

    /** f:viewAction: refused (403) to anyone the register does not let read it. */
    public void load() {
        register.open();
    }

    /** Whether the caller may withdraw a publication (the button shows only then). */
    public boolean isWriter() {
        if (writer == null) {
            writer = publications.isWriter();
        }
        return writer;
    }

    /** Withdraws the row's publication with the reason typed beside it; it stays in the register, ended. */
    public void withdraw(PublicationRow row) {
        try {
            publications.withdraw(row.id(), row.version(), reasons.get(row.id()));
            reasons.remove(row.id());
            Messages.info("publication_register.withdrawn", row.systemCode());
        } catch (WorkflowException e) {
            Messages.show(e, field -> Messages.text(Messages.bundle(FacesContext.getCurrentInstance()),
                    "publication_register.reason"));
        }
    }

    public LazyDataModel<PublicationRow> getRows() {
        return rows;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
