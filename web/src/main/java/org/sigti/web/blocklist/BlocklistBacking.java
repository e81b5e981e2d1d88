package org.sigti.web.blocklist;

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
import org.sigti.web.faces.PagedList;

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

    private BlockedEntry.Kind kind;

    private LazyDataModel<BlockRow> rows;

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
