package org.sigti.web.incidents;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
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
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.web.home.DisplayTime;

/**
 * /incidents/log.xhtml: the bitácora / matriz de incidentes de seguridad informática (S04.04.00.03), newest incident
 * first, paged in the database, and exported whole as CSV or XLSX (formulas neutralized) in the view's language.
 * The lines are written by the procedure's moves and the alert intake; the export is a POST that changes nothing.
 * The cybersecurity team records here an incident its own monitoring detected, which opens its case at activity 3.
 */
@Named
@ViewScoped
public class IncidentLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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

    /** The whole bitácora as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        TableExport<IncidentRow> export = TableExport.of("incidents_log.exportFile");
        export.column("incidents_log.column.case", IncidentRow::caseNumber)
                .column("incidents_log.column.title", IncidentRow::title)
                .column("incidents_log.column.origin", r -> export.text("incidents_log.origin." + r.origin().name()))
                .column("incidents_log.column.source", IncidentRow::alertSource)
                .column("incidents_log.column.severity", IncidentRow::severity)
                .column("incidents_log.column.occurrences", r -> r.occurrences() == 0 ? ""
                        : String.valueOf(r.occurrences()))
                .column("incidents_log.column.reported", r -> at(r.reportedAt()))
                .column("incidents_log.column.ticketed", r -> at(r.ticketAt()))
                .column("incidents_log.column.detected", r -> at(r.detectedAt()))
                .column("incidents_log.column.analysed", r -> at(r.analysedAt()))
                .column("incidents_log.column.classification", r -> r.classification() == null ? ""
                        : export.text("incidents_log.classification." + r.classification()))
                .column("incidents_log.column.priority", r -> r.priority() == null ? ""
                        : export.text("Priority." + r.priority()))
                .column("incidents_log.column.contained", r -> at(r.containedAt()))
                .column("incidents_log.column.eradicated", r -> at(r.eradicatedAt()))
                .column("incidents_log.column.recovered", r -> at(r.recoveredAt()))
                .column("incidents_log.column.escalated", r -> at(r.escalatedAt()))
                .column("incidents_log.column.vendor", IncidentRow::vendor)
                .column("incidents_log.column.postIncident", r -> at(r.postIncidentAt()))
                .column("incidents_log.column.lessons", IncidentRow::lessons)
                .column("incidents_log.column.kb", IncidentRow::kbArticle)
                .column("incidents_log.column.closed", r -> at(r.closedAt()))
                .send(ExportFormat.named(format), IncidentLog.MAX_PAGE, log::page);
    }

    private String at(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }
}
