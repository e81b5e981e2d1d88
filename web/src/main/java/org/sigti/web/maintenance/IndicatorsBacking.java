package org.sigti.web.maintenance;

import java.text.MessageFormat;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.maintenance.Compliance;
import org.sigti.maintenance.SemesterPlans;
import org.sigti.web.i18n.ApplicationBundle;

/**
 * The indicators of DPG/ESIN-PRO-5 ({@code /maintenance/indicators.xhtml}; Jefe, Responsable, Auditor): "% de
 * sistemas con mantenimiento preventivo cumplido" per semester with its figures, and for the Jefe the button that
 * opens what is missing of the current semester's plan. The Defensoría's people only ({@link SemesterPlans}).
 */
@Named
@RequestScoped
public class IndicatorsBacking {

    /** The semesters shown before the current one. */
    private static final int PREVIOUS = 3;

    @EJB
    private SemesterPlans plans;

    private List<Compliance> rows;

    /**
     * f:viewAction: the indicators are read before anything renders, so a caller of another institution than the
     * plans' gets the 403 page.
     */
    public void load() {
        rows = plans.compliance(PREVIOUS);
    }

    public List<Compliance> getRows() {
        if (rows == null) {
            rows = plans.compliance(PREVIOUS);
        }
        return rows;
    }

    /** The Jefe's "generate the current semester's plan now"; idempotent. */
    public void generate() {
        int opened = plans.generateCurrent();
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = ApplicationBundle.forLocale("org.sigti.web.i18n.messages", faces.getViewRoot().getLocale())
                .getString(opened == 0 ? "indicators.generated.none" : "indicators.generated");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(text, opened, plans.current().code()), null));
        rows = null;
    }
}
