package org.sigti.web.inventory;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.inventory.Criticality;
import org.sigti.inventory.SystemCatalog;
import org.sigti.inventory.SystemKind;
import org.sigti.inventory.SystemRow;
import org.sigti.workflow.WorkflowException;

/** /inventory/system-edit.xhtml?id=: one system or platform of the catalog (a new one without id). */
@Named
@ViewScoped
public class SystemEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SystemCatalog catalog;

    private Long id;
    private SystemRow row;
    private String code;
    private String name;
    private SystemKind kind;
    private Criticality criticality;
    private String ownerUnit;
    private String description;

    public void load() {
        if (id == null) {
            return;
        }
        row = catalog.get(id);
        code = row.code();
        name = row.name();
        kind = row.kind();
        criticality = row.criticality();
        ownerUnit = row.ownerUnitCode();
        description = row.description();
    }

    public String save() {
        SystemRow draft = new SystemRow(0, 0, code, name, kind, criticality, ownerUnit, description, true);
        long saved;
        try {
            if (row == null) {
                saved = catalog.create(draft);
            } else {
                catalog.describe(row.id(), row.version(), draft);
                saved = row.id();
            }
        } catch (WorkflowException e) {
            InventoryMessages.show(e);
            return null;
        }
        InventoryMessages.info("inventory_system.saved", code);
        return "/inventory/system-edit?faces-redirect=true&id=" + saved;
    }

    /** Deactivates (or reactivates) the system: it stays in the catalog for what refers to it. */
    public String toggle() {
        try {
            catalog.setActive(row.id(), row.version(), !row.active());
        } catch (WorkflowException e) {
            InventoryMessages.show(e);
            return null;
        }
        InventoryMessages.info(row.active() ? "inventory_system.deactivated" : "inventory_system.activated", row.code());
        return "/inventory/system-edit?faces-redirect=true&id=" + row.id();
    }

    public SystemKind[] getKinds() {
        return SystemKind.values();
    }

    public Criticality[] getCriticalities() {
        return Criticality.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SystemRow getRow() {
        return row;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SystemKind getKind() {
        return kind;
    }

    public void setKind(SystemKind kind) {
        this.kind = kind;
    }

    public Criticality getCriticality() {
        return criticality;
    }

    public void setCriticality(Criticality criticality) {
        this.criticality = criticality;
    }

    public String getOwnerUnit() {
        return ownerUnit;
    }

    public void setOwnerUnit(String ownerUnit) {
        this.ownerUnit = ownerUnit;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
