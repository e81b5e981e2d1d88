package org.sigti.web.backup;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sigti.backup.CopyRow;
import org.sigti.backup.RestoreRow;
import org.sigti.backup.Restores;
import org.sigti.procedure.backup.S04030202;
import org.sigti.web.cases.CaseBacking;

/**
 * The restore part of a S04.03.02.02 case page (IT staff and Auditor): the copy the case restored, once step 19 is
 * done, and the copies of its target the Profesional may restore, verified first.
 */
@Named
@RequestScoped
public class RestorePanelBacking {

    @EJB
    private Restores restores;

    @Inject
    private CaseBacking caseBacking;

    private Optional<RestoreRow> link;
    private List<CopyRow> candidates;

    public RestoreRow getLink() {
        if (link == null) {
            link = caseBacking.getView() == null ? Optional.empty() : restores.ofCase(caseBacking.getId());
        }
        return link.orElse(null);
    }

    public List<CopyRow> getCandidates() {
        if (candidates == null) {
            candidates = caseBacking.getView() == null || getLink() != null ? List.of()
                    : restores.candidates(caseBacking.getId(), S04030202.REQUEST);
        }
        return candidates;
    }
}
