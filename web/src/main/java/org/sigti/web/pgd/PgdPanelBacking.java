package org.sigti.web.pgd;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.sigti.pgd.PgdRegister;
import org.sigti.web.cases.CaseBacking;

/** The PGD part of a case page: the way to the plan's screen, once the case has a plan the caller may read. */
@Named
@RequestScoped
public class PgdPanelBacking {

    @EJB
    private PgdRegister register;

    @Inject
    private CaseBacking caseBacking;

    private Boolean shown;

    public boolean isShown() {
        if (shown == null) {
            shown = caseBacking.getView() != null && register.has(caseBacking.getId());
        }
        return shown;
    }

    public long getCaseId() {
        return caseBacking.getId();
    }
}
