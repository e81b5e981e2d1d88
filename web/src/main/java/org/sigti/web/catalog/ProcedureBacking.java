package org.sigti.web.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.workflow.catalog.CatalogItem;
import org.sigti.workflow.catalog.CatalogQueries;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.ProcedureDefinition;
import org.sigti.workflow.flow.StepDefinition;

/**
 * One procedure ({@code /procedure.xhtml?procedure=}): its catalog data; for one SIGTI runs, its step diagram
 * ({@link DiagramServlet}), its steps as the manual numbers them, and "Iniciar" for callers who may file it.
 */
@Named
@RequestScoped
public class ProcedureBacking {

    @EJB
    private CatalogQueries catalog;

    private String code;
    private CatalogItem item;
    private ProcedureDefinition definition;

    /** Without a procedure, the catalog: also where a logged-out bookmark lands, since the login drops the query. */
    public String load() {
        if (code == null || code.isBlank()) {
            return "/catalog.xhtml?faces-redirect=true";
        }
        item = catalog.item(code).orElse(null);
        if (item == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    MessageFormat.format(bundle().getString("procedure.unknown"), code), null));
            return null;
        }
        definition = catalog.definition(code).orElse(null);
        return null;
    }

    /** The diagram's address, in the view's language. */
    public String getDiagramUrl() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getExternalContext().getRequestContextPath() + "/procedures/diagram.svg?procedure="
                + URLEncoder.encode(item.code(), StandardCharsets.UTF_8) + "&lang="
                + faces.getViewRoot().getLocale().getLanguage();
    }

    public List<StepDefinition> getSteps() {
        return definition == null ? List.of() : definition.steps();
    }

    public String responsible(StepDefinition step) {
        return Responsibles.text(step.responsible(), bundle());
    }

    private static ResourceBundle bundle() {
        return ApplicationBundle.forLocale("org.sigti.web.i18n.messages",
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    /** The steps a way out leads to, "3.A.1, 3.B.1". */
    public String targets(Outcome outcome) {
        return String.join(", ", outcome.targets());
    }

    public boolean isStart(StepDefinition step) {
        return definition != null && definition.start().code().equals(step.code());
    }

    /** SIGTI's sub-procedures of this procedure (e.g. the semiannual plans of DPG/ESIN-PRO-5). */
    public List<ProcedureDefinition> getSubProcedures() {
        return item == null ? List.of() : catalog.subProcedures(item.code());
    }

    public CatalogItem getItem() {
        return item;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
