package org.sigti.web.blocklist;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.blocklist.BlockRow;
import org.sigti.blocklist.BlockedEntry;
import org.sigti.blocklist.BlocklistRegister;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.web.home.DisplayTime;

/**
 * /blocklist/list.xhtml: the blocklist of spam and phishing (S04.04.00.02), newest first, paged in the database,
 * filtered by kind through the URL ({@code ?kind=IP}). Read-only: the lines are written by the procedure's moves.
 */
@Named
@ViewScoped
public class BlocklistBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BlocklistRegister register;

    @jakarta.inject.Inject
    private DisplayTime time;

    private BlockedEntry.Kind kind;

    private LazyDataModel<BlockRow> rows;

    /** The entries of the kind the form selects, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        BlockedEntry.Kind shown = kind;
        TableExport<BlockRow> export = TableExport.of("blocklist_list.exportFile");
        export.column("blocklist_list.column.kind", r -> export.text("BlockedEntry.Kind." + r.kind().name()))
                .column("blocklist_list.column.value", BlockRow::value)
                .column("blocklist_list.column.case", BlockRow::caseNumber)
                .column("blocklist_list.column.blocked", r -> r.blockedBy() + " " + time.format(r.blockedAt()))
                .column("blocklist_list.column.again", r -> r.timesReportedAgain() == 0
                        ? export.text("blocklist_list.again.none")
                        : export.format("blocklist_list.again.times", r.timesReportedAgain(), r.lastCaseNumber(),
                                r.lastReportedAt() == null ? "" : time.format(r.lastReportedAt())))
                .send(ExportFormat.named(format), BlocklistRegister.MAX_PAGE,
                        (first, size) -> register.page(shown, first, size));
    }

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> register.count(kind), (first, size) -> register.page(kind, first, size),
                row -> String.valueOf(row.id()));
    }

    public LazyDataModel<BlockRow> getRows() {
        return rows;
    }

    public BlockedEntry.Kind getKind() {
        return kind;
    }

    public void setKind(BlockedEntry.Kind kind) {
        this.kind = kind;
    }

    public List<BlockedEntry.Kind> getKinds() {
        return List.of(BlockedEntry.Kind.values());
    }

    /** Shows the kind chosen, by GET (bookmarkable; no state changes). */
    public String filter() {
        return "/blocklist/list?faces-redirect=true&includeViewParams=true";
    }
}
