package org.sigti.web.inventory;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.inventory.SystemCatalog;
import org.sigti.inventory.SystemRow;
import org.sigti.web.faces.PagedList;

/** /inventory/systems.xhtml?all=: the catalog of systems and platforms (the inactive ones on demand). */
@Named
@ViewScoped
public class SystemListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SystemCatalog catalog;

    private boolean all;
    private LazyDataModel<SystemRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> catalog.count(all), (first, size) -> catalog.page(all, first, size),
                row -> String.valueOf(row.id()));
    }

    public String filter() {
        return "/inventory/systems?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<SystemRow> getRows() {
        return rows;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
