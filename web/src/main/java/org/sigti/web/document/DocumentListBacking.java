package org.sigti.web.document;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;
import org.sigti.document.official.DocumentDesk;
import org.sigti.document.official.OfficialDocumentQuery;
import org.sigti.document.official.OfficialDocumentRow;
import org.sigti.document.official.OfficialDocuments;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;
import org.sigti.web.home.DisplayTime;

/**
 * /document/list.xhtml?kind=&amp;unit=&amp;year=&amp;state=&amp;signer=&amp;received=&amp;case=: the institution's
 * official documents (with case=, those archived with that case), a page at a time from the database. The filters are
 * in the URL, so a list can be bookmarked; the filtered list exports as CSV or XLSX.
 */
@Named
@ViewScoped
public class DocumentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfficialDocuments documents;

    @jakarta.inject.Inject
    private DisplayTime time;

    private OfficialDocumentKind kind;
    private String unit;
    private Integer year;
    private OfficialDocumentState state;
    private String signer;
    private boolean received;
    private Long caseId;
    private LazyDataModel<OfficialDocumentRow> rows;
    private List<String[]> units;

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> documents.count(query()), (first, size) -> documents.page(query(), first, size),
                row -> String.valueOf(row.id()));
    }

    private OfficialDocumentQuery query() {
        return new OfficialDocumentQuery(kind, unit, year, state, signer, received, caseId);
    }

    /** Filters again: a new GET, so the list starts at its first page. */
    public String filter() {
        return "/document/list?faces-redirect=true&includeViewParams=true";
    }

    /** The documents the form's filters select, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        OfficialDocumentQuery q = query();
        TableExport<OfficialDocumentRow> export = TableExport.of("document_list.exportFile");
        export.column("document.field.number", r -> r.number() == null ? export.text("document_list.unnumbered")
                : r.number())
                .column("document.field.kind", r -> export.text("OfficialDocumentKind." + r.kind()))
                .column("document.field.unit", OfficialDocumentRow::unitCode)
                .column("document.field.subject", OfficialDocumentRow::subject)
                .column("document.field.state", r -> export.text("OfficialDocumentState." + r.state()))
                .column("document.field.author", OfficialDocumentRow::authorName)
                .column("document.field.created", r -> time.format(r.createdAt()))
                .send(ExportFormat.named(format), DocumentDesk.MAX_PAGE_SIZE,
                        (first, size) -> documents.page(q, first, size));
    }

    public LazyDataModel<OfficialDocumentRow> getRows() {
        return rows;
    }

    public List<String[]> getUnits() {
        if (units == null) {
            units = documents.units();
        }
        return units;
    }

    public boolean isMayDraft() {
        return documents.mayDraft();
    }

    public OfficialDocumentKind[] getKinds() {
        return OfficialDocumentKind.values();
    }

    public OfficialDocumentState[] getStates() {
        return OfficialDocumentState.values();
    }

    public OfficialDocumentKind getKind() {
        return kind;
    }

    public void setKind(OfficialDocumentKind kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public OfficialDocumentState getState() {
        return state;
    }

    public void setState(OfficialDocumentState state) {
        this.state = state;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public boolean isReceived() {
        return received;
    }

    public void setReceived(boolean received) {
        this.received = received;
    }
}
