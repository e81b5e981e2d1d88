package org.sigti.web.incidents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.incidents.IncidentLog;
import org.sigti.incidents.IncidentRow;
import org.sigti.procedure.incidents.OgtieDetections;
import org.sigti.web.cases.Messages;
import org.sigti.workflow.CaseRef;
import org.sigti.workflow.WorkflowException;
import org.sigti.web.faces.PagedList;
import org.sigti.web.home.DisplayTime;
import org.sigti.web.i18n.ApplicationBundle;
import org.sigti.web.maintenance.RegisterBacking;

/**
 * /incidents/log.xhtml: the bitácora / matriz de incidentes de seguridad informática (S04.04.00.03), newest incident
 * first, paged in the database, and exported whole as CSV (UTF-8, ';', formulas neutralized) in the view's language.
 * The lines are written by the procedure's moves and the alert intake; the export is a POST that changes nothing.
 * The cybersecurity team records here an incident its own monitoring detected, which opens its case at activity 3.
 */
@Named
@ViewScoped
public class IncidentLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The most rows an export writes. */
    static final int MAX_EXPORT = 50_000;
    private static final List<String> COLUMNS = List.of("case", "title", "origin", "source", "severity",
            "occurrences", "reported", "ticketed", "detected", "analysed", "classification", "priority", "contained",
            "eradicated", "recovered", "escalated", "vendor", "postIncident", "lessons", "kb", "closed");

    @EJB
    private IncidentLog log;

    @EJB
    private OgtieDetections detections;

    @Inject
    private DisplayTime time;

    private LazyDataModel<IncidentRow> rows;
    private Boolean mayRecord;
    private String title;
    private String description;

    @PostConstruct
    void init() {
        rows = new PagedList<>(log::count, log::page, row -> String.valueOf(row.id()));
    }

    public LazyDataModel<IncidentRow> getRows() {
        return rows;
    }

    /** Whether the caller may record a detection of the OGTIE (the cybersecurity team): the form shows only then. */
    public boolean isMayRecord() {
        if (mayRecord == null) {
            mayRecord = detections.mayRecord();
        }
        return mayRecord;
    }

    /** Records an incident the cybersecurity team detected (activity 3 of the OGTIE's branch); opens its case. */
    public String record() {
        CaseRef ref;
        try {
            ref = detections.record(title, description);
        } catch (WorkflowException e) {
            Messages.show(e, field -> Messages.text(Messages.bundle(FacesContext.getCurrentInstance()),
                    "request." + field));
            return null;
        }
        Messages.info("request.filed", ref.number());
        return "/case.xhtml?faces-redirect=true&id=" + ref.id();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The whole bitácora as a CSV file. */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ApplicationBundle.forLocale("org.sigti.web.i18n.messages",
                faces.getViewRoot().getLocale());
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", COLUMNS.stream().map(c -> RegisterBacking.cell(bundle.getString(
                "incidents_log.column." + c))).toList())).append("\r\n");
        for (int first = 0; first < MAX_EXPORT; first += IncidentLog.MAX_PAGE) {
            List<IncidentRow> page = log.page(first, IncidentLog.MAX_PAGE);
            for (IncidentRow r : page) {
                List<String> cells = new ArrayList<>(List.of(r.caseNumber(), r.title(),
                        bundle.getString("incidents_log.origin." + r.origin().name()), text(r.alertSource()),
                        text(r.severity()), r.occurrences() == 0 ? "" : String.valueOf(r.occurrences()),
                        at(r.reportedAt()), at(r.ticketAt()), at(r.detectedAt()), at(r.analysedAt()),
                        r.classification() == null ? "" : bundle.getString("incidents_log.classification."
                                + r.classification()),
                        r.priority() == null ? "" : bundle.getString("Priority." + r.priority()),
                        at(r.containedAt()), at(r.eradicatedAt()), at(r.recoveredAt()), at(r.escalatedAt()),
                        text(r.vendor()), at(r.postIncidentAt()), text(r.lessons()), r.kbArticle(),
                        at(r.closedAt())));
                csv.append(String.join(";", cells.stream().map(RegisterBacking::cell).toList())).append("\r\n");
            }
            if (page.size() < IncidentLog.MAX_PAGE) {
                break;
            }
        }
        ExternalContext ec = faces.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType("text/csv; charset=UTF-8");
        ec.setResponseHeader("Content-Disposition", "attachment; filename=\"bitacora-incidentes-seguridad.csv\"");
        try (OutputStream out = ec.getResponseOutputStream()) {
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
        faces.responseComplete();
    }

    private String at(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
