package org.sigti.web.inventory;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.inventory.EquipmentRegistry;
import org.sigti.inventory.SystemCatalog;
import org.sigti.inventory.SystemRow;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
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

    /** The catalog as the form shows it (active systems, or all), every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        boolean withInactive = all;
        TableExport<SystemRow> export = TableExport.of("inventory_systems.exportFile");
        export.column("inventory.label.code", SystemRow::code)
                .column("inventory.label.name", SystemRow::name)
                .column("inventory.label.kind", r -> export.text("SystemKind." + r.kind()))
                .column("inventory.label.criticality", r -> export.text("Criticality." + r.criticality()))
                .column("inventory.label.ownerUnit", SystemRow::ownerUnitCode)
                .column("inventory.label.active", r -> export.text(r.active() ? "inventory.yes" : "inventory.no"))
                .send(ExportFormat.named(format), EquipmentRegistry.MAX_PAGE_SIZE,
                        (first, size) -> catalog.page(withInactive, first, size));
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
