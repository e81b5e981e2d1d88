package org.sigti.web.datacenter;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.maintenance.DataCenterLog;
import org.sigti.maintenance.VisitRow;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.web.home.DisplayTime;

/**
 * /datacenter/log.xhtml: the Bitácora del centro de datos (S04.03.01.03), newest authorization first, paged in the
 * database, exported whole as CSV or XLSX. Read-only: the lines are written by the procedure's moves.
 */
@Named
@ViewScoped
public class DataCenterLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DataCenterLog log;

    @jakarta.inject.Inject
    private DisplayTime time;

    private LazyDataModel<VisitRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>(log::count, log::page, row -> String.valueOf(row.id()));
    }

    /** The whole bitácora as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        TableExport<VisitRow> export = TableExport.of("datacenter_log.exportFile");
        export.column("datacenter_log.column.case", r -> r.caseNumber() + " — " + r.purpose() + " ("
                + export.text("datacenter_log.branch." + r.branch().name()) + ")")
                .column("datacenter_log.column.authorized", r -> r.authorizedBy() + " " + at(r.authorizedAt()) + " — "
                        + export.text("datacenter_log.host") + ": " + r.hostUsername())
                .column("datacenter_log.column.company", VisitRow::company)
                .column("datacenter_log.column.visitor", VisitRow::visitorName)
                .column("datacenter_log.column.document", VisitRow::idDocument)
                .column("datacenter_log.column.escort", VisitRow::escort)
                .column("datacenter_log.column.supervisor", VisitRow::supervisor)
                .column("datacenter_log.column.entry", r -> at(r.enteredAt()))
                .column("datacenter_log.column.exit", r -> at(r.exitedAt()))
                .send(ExportFormat.named(format), DataCenterLog.MAX_PAGE, log::page);
    }

    private String at(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    public LazyDataModel<VisitRow> getRows() {
        return rows;
    }
}
