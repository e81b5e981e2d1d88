package org.sigti.web.document;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.document.OfficialDocumentKind;
import org.sigti.document.OfficialDocumentState;
import org.sigti.document.official.OfficialDocumentQuery;
import org.sigti.document.official.OfficialDocumentRow;
import org.sigti.document.official.OfficialDocuments;
import org.sigti.web.faces.PagedList;

/**
 * /document/list.xhtml?kind=&amp;unit=&amp;year=&amp;state=&amp;signer=&amp;received=&amp;case=: the institution's
 * official documents (with case=, those archived with that case), a page at a time from the database. The filters are in the URL, so a list can be bookmarked.
 */
@Named
@ViewScoped
public class DocumentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfficialDocuments documents;

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
