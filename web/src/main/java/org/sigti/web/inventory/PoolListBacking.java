package org.sigti.web.inventory;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.inventory.EquipmentRegistry;
import org.sigti.inventory.LicensePools;
import org.sigti.inventory.PoolRow;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
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

    /** The pools the form's filter selects, in its order, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        String prefix = code;
        LicensePools.Sort order = sort;
        boolean descending = desc;
        TableExport<PoolRow> export = TableExport.of("inventory_pools.exportFile");
        export.column("inventory.label.code", PoolRow::code)
                .column("inventory.label.product", PoolRow::product)
                .column("inventory.label.type", r -> export.text("LicenseType." + r.type()))
                .column("inventory.label.seats", r -> r.seatsUsed() + " / " + r.seatsTotal())
                .column("inventory.label.expiresOn", r -> r.expiresOn() == null ? "" : r.expiresOn().toString())
                .column("inventory.label.vendor", PoolRow::vendor)
                .column("inventory.label.platform", PoolRow::platform)
                .send(ExportFormat.named(format), EquipmentRegistry.MAX_PAGE_SIZE,
                        (first, size) -> pools.page(prefix, order, descending, first, size));
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
