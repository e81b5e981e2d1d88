package org.sigti.web.backup;

import java.io.IOException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.backup.CopyRow;
import org.sigti.backup.RestoreRow;
import org.sigti.backup.Restores;

/** A backup copy ({@code /backup/copy.xhtml?id=}) and the restore requests that restored it. */
@Named
@RequestScoped
public class CopyBacking {

    @EJB
    private Restores restores;

    private Long id;
    private CopyRow copy;
    private List<RestoreRow> restored = List.of();

    /** Loads the copy named by the URL; a missing one is "not found". */
    public void load() throws IOException {
        copy = id == null ? null : restores.copy(id).orElse(null);
        if (copy == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        restored = restores.ofCopy(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CopyRow getCopy() {
        return copy;
    }

    public List<RestoreRow> getRestored() {
        return restored;
    }
}
