package org.sigti.web.inventory;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.inventory.LicensePools;
import org.sigti.inventory.PoolRow;
import org.sigti.web.faces.PagedList;

/** /inventory/pools.xhtml?code=&amp;sort=&amp;desc=: the license register, a page at a time. */
@Named
@ViewScoped
public class PoolListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LicensePools pools;

    private String code;
    private LicensePools.Sort sort = LicensePools.Sort.CODE;
    private boolean desc;
    private LazyDataModel<PoolRow> rows;

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> pools.count(code), (first, size) -> pools.page(code, sort, desc, first, size),
                row -> String.valueOf(row.id()));
    }

    public String filter() {
        return "/inventory/pools?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<PoolRow> getRows() {
        return rows;
    }

    public LicensePools.Sort[] getSorts() {
        return LicensePools.Sort.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LicensePools.Sort getSort() {
        return sort;
    }

    public void setSort(LicensePools.Sort sort) {
        this.sort = sort == null ? LicensePools.Sort.CODE : sort;
    }

    public boolean isDesc() {
        return desc;
    }

    public void setDesc(boolean desc) {
        this.desc = desc;
    }
}
