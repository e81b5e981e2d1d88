package org.sigti.web.inventory;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.sigti.inventory.EquipmentQuery;
import org.sigti.inventory.EquipmentRegistry;
import org.sigti.inventory.EquipmentRow;
import org.sigti.inventory.EquipmentState;
import org.sigti.web.export.ExportFormat;
import org.sigti.web.export.TableExport;
import org.sigti.web.faces.PagedList;

/**
 * /inventory/equipment.xhtml?code=&amp;serial=&amp;custodian=&amp;state=&amp;sort=&amp;desc=: the equipment
 * inventory, a page at a time from the database. The filters are in the URL, so a list can be bookmarked;
 * the filtered list exports as CSV or XLSX.
 */
@Named
@ViewScoped
public class EquipmentListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EquipmentRegistry registry;

    private String code;
    private String serial;
    private String custodian;
    private EquipmentState state;
    private EquipmentQuery.Sort sort = EquipmentQuery.Sort.CODE;
    private boolean desc;
    private LazyDataModel<EquipmentRow> rows;
    private Integer count;

    @PostConstruct
    void init() {
        rows = new PagedList<>(() -> registry.count(query()), (first, size) -> registry.page(query(), first, size),
                row -> String.valueOf(row.id()));
    }

    private EquipmentQuery query() {
        return new EquipmentQuery(code, serial, custodian, state, sort, desc);
    }

    /** Filters again: a new GET, so the list starts at its first page. */
    public String filter() {
        return "/inventory/equipment?faces-redirect=true&includeViewParams=true";
    }

    /** The equipment the form's filters select, in its order, every page, as a file ("csv" or "xlsx"). */
    public void export(String format) throws IOException {
        EquipmentQuery q = query();
        TableExport<EquipmentRow> export = TableExport.of("inventory_equipment.exportFile");
        export.column("inventory.label.code", EquipmentRow::code)
                .column("inventory.label.kind", r -> export.text("EquipmentKind." + r.kind()))
                .column("inventory.label.brand", r -> String.join(" ", java.util.stream.Stream.of(r.brand(),
                        r.model()).filter(v -> v != null && !v.isEmpty()).toList()))
                .column("inventory.label.serial", EquipmentRow::serial)
                .column("inventory.label.custodian", r -> r.custodianName() == null ? "" : r.custodianName()
                        + (r.custodianUsername() == null ? "" : " (" + r.custodianUsername() + ")"))
                .column("inventory.label.custodianUnit", EquipmentRow::custodianUnitCode)
                .column("inventory.label.state", r -> export.text("EquipmentState." + r.state()))
                .column("inventory.label.warrantyUntil", r -> r.warrantyUntil() == null ? "" : r.warrantyUntil().toString())
                .send(ExportFormat.named(format), EquipmentRegistry.MAX_PAGE_SIZE,
                        (first, size) -> registry.page(q, first, size));
    }

    public int getCount() {
        if (count == null) {
            count = registry.count(query());
        }
        return count;
    }

    public boolean isCountCapped() {
        return getCount() > EquipmentRegistry.COUNT_CAP;
    }

    public LazyDataModel<EquipmentRow> getRows() {
        return rows;
    }

    public EquipmentState[] getStates() {
        return EquipmentState.values();
    }

    public EquipmentQuery.Sort[] getSorts() {
        return EquipmentQuery.Sort.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getCustodian() {
        return custodian;
    }

    public void setCustodian(String custodian) {
        this.custodian = custodian;
    }

    public EquipmentState getState() {
        return state;
    }

    public void setState(EquipmentState state) {
        this.state = state;
    }

    public EquipmentQuery.Sort getSort() {
        return sort;
    }

    public void setSort(EquipmentQuery.Sort sort) {
        this.sort = sort == null ? EquipmentQuery.Sort.CODE : sort;
    }

    public boolean isDesc() {
        return desc;
    }

    public void setDesc(boolean desc) {
        this.desc = desc;
    }
}
