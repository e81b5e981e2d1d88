package org.sigti.web.accounts;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.accounts.PlatformRow;
import org.sigti.accounts.Platforms;
import org.sigti.web.faces.PagedList;

/** /accounts/platforms.xhtml?all=: the platforms people get accounts on, paged in the database. */
@Named
@ViewScoped
public class PlatformListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Platforms platforms;

    private boolean all;
    private LazyDataModel<PlatformRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> platforms.count(all), (first, size) -> platforms.page(all, first, size),
                PlatformRow::code);
    }

    public String filter() {
        return "/accounts/platforms?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<PlatformRow> getRows() {
        return rows;
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
