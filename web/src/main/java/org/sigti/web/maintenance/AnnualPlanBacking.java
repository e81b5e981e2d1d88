package org.sigti.web.maintenance;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.procedure.inventory.AnnualPlans;
import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.workflow.WorkflowException;

/**
 * {@code /maintenance/plan.xhtml?year=}: S04.03.04.03's year (procedures.md E18 steps 1–3 and 14–15). The plan's
 * steps each with its button for the role the manual names: "Generar plan anual" (coordinator or Jefe; idempotent),
 * "Tomar conocimiento" (Jefe), "Revisar cronograma" and "Elaborar informe anual" (Responsable de soporte técnico),
 * "Recibir informe" (coordinator); the cronograma by month, the year's figures and the two PDFs.
 */
@Named
@ViewScoped
public class AnnualPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AnnualPlans plans;

    private String yearText;
    private int year;
    private AnnualPlans.YearView view;

    /**
     * f:viewAction: the year of the URL, the current one without it; a bad one says so and shows the current. The
     * year is read here, before anything renders: a caller of another institution than the plan's gets the 403 page.
     */
    public void load() {
        year = LocalDate.now(ZoneId.of(System.getProperty("sigti.timezone", "America/La_Paz"))).getYear();
        view = null;
        if (yearText != null && !yearText.isBlank()) {
            try {
                int asked = Integer.parseInt(yearText.strip());
                view = plans.view(asked);
                year = asked;
            } catch (NumberFormatException | WorkflowException e) {
                message(FacesMessage.SEVERITY_ERROR, "maintenance.plan.year", yearText.strip());
            }
        }
        yearText = String.valueOf(year);
        if (view == null) {
            view = plans.view(year);
        }
    }

    /** "Ver": the year typed goes into the address encoded, whatever was typed; load() says when it is not a year. */
    public String show() {
        return "/maintenance/plan?faces-redirect=true&year=" + URLEncoder.encode(yearText == null ? ""
                : yearText.strip(), StandardCharsets.UTF_8);
    }

    public void draw() {
        act(() -> {
            int opened = plans.draw(year);
            message(FacesMessage.SEVERITY_INFO, opened == 0 ? "maintenance.annual.drawn.none"
                    : "maintenance.annual.drawn", opened, String.valueOf(year));
        });
    }

    public void acknowledge() {
        act(() -> {
            plans.acknowledge(year);
            message(FacesMessage.SEVERITY_INFO, "maintenance.annual.step.done", "2", String.valueOf(year));
        });
    }

    public void review() {
        act(() -> {
            plans.review(year);
            message(FacesMessage.SEVERITY_INFO, "maintenance.annual.step.done", "3", String.valueOf(year));
        });
    }

    public void report() {
        act(() -> {
            plans.report(year);
            message(FacesMessage.SEVERITY_INFO, "maintenance.annual.step.done", "14", String.valueOf(year));
        });
    }

    public void receive() {
        act(() -> {
            plans.receive(year);
            message(FacesMessage.SEVERITY_INFO, "maintenance.annual.step.done", "15", String.valueOf(year));
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (WorkflowException e) {
            message(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
        }
        view = null;
    }

    private static void message(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ApplicationBundle.forLocale("org.sigti.web.i18n.messages",
                faces.getViewRoot().getLocale());
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        faces.addMessage(null, new FacesMessage(severity, new MessageFormat(pattern, bundle.getLocale()).format(args),
                null));
    }

    public AnnualPlans.YearView getView() {
        if (view == null) {
            view = plans.view(year);
        }
        return view;
    }

    public int getYear() {
        return year;
    }

    public String getYearText() {
        return yearText;
    }

    public void setYearText(String yearText) {
        this.yearText = yearText;
    }
}
