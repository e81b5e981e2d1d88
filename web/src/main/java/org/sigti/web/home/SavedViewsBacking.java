package org.sigti.web.home;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sigti.security.Roles;
import org.sigti.views.SavedViewRow;
import org.sigti.views.SavedViews;
import org.sigti.web.cases.Messages;
import org.sigti.workflow.WorkflowException;

/**
 * The inbox's saved views on the home page (issue 19, item 3): the caller's views and those shared with their unit,
 * each with its capped count; applying one sets the inbox's filters; the current filters are saved under a name,
 * shared with the unit by a Responsable or the Jefe(a). Offered to the IT staff and the Auditor, who work an inbox.
 */
@Named
@ViewScoped
public class SavedViewsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SavedViews views;

    @Inject
    private HomeBacking home;

    private List<SavedViewRow> rows;
    private Boolean offered;
    private Boolean mayShare;
    private String name;
    private boolean share;

    /** Whether the caller works an inbox (the panel shows only then). */
    public boolean isOffered() {
        if (offered == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            offered = List.of(Roles.JEFE, Roles.RESPONSABLE, Roles.TECNICO, Roles.OPERADOR, Roles.AUDITOR).stream()
                    .anyMatch(external::isUserInRole);
        }
        return offered;
    }

    /** The views, read once per request that changes them. */
    public List<SavedViewRow> getViews() {
        if (rows == null) {
            rows = isOffered() ? views.listed() : List.of();
        }
        return rows;
    }

    public boolean isMayShare() {
        if (mayShare == null) {
            mayShare = isOffered() && views.mayShare();
        }
        return mayShare;
    }

    /** Shows the inbox as the view selects it. */
    public void apply(SavedViewRow view) {
        home.apply(views.filters(view.id()));
    }

    /** Keeps the inbox's current filters under the typed name. */
    public void save() {
        try {
            views.save(name, home.filters(), share && isMayShare());
            Messages.info(share && isMayShare() ? "views.savedShared" : "views.saved", name.strip());
            name = null;
            share = false;
            rows = null;
        } catch (WorkflowException e) {
            Messages.show(e, field -> Messages.text(Messages.bundle(FacesContext.getCurrentInstance()),
                    "views.label." + field));
        }
    }

    /** Deletes one of the caller's views. */
    public void delete(SavedViewRow view) {
        views.delete(view.id());
        Messages.info("views.deleted", view.name());
        rows = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isShare() {
        return share;
    }

    public void setShare(boolean share) {
        this.share = share;
    }
}
