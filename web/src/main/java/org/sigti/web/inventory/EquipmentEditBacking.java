package org.sigti.web.inventory;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.inventory.CustodyRow;
import org.sigti.inventory.EquipmentDraft;
import org.sigti.inventory.EquipmentKind;
import org.sigti.inventory.EquipmentRegistry;
import org.sigti.inventory.EquipmentRow;
import org.sigti.workflow.WorkflowException;

/**
 * /inventory/equipment-edit.xhtml?id=: one piece of equipment (a new one without id): its description, its custody
 * changed by hand (assign, return to stock, maintenance, retire) and its custody history.
 */
@Named
@ViewScoped
public class EquipmentEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private EquipmentRegistry registry;

    private Long id;
    private EquipmentRow row;
    private List<CustodyRow> history = List.of();
    private EquipmentKind kind;
    private String serial;
    private String code;
    private String brand;
    private String model;
    private String location;
    private LocalDate acquiredOn;
    private LocalDate warrantyUntil;
    private String custodian;
    private String custodianName;
    private String custodianUnit;

    /** f:viewAction: loads the piece named by the URL. */
    public void load() {
        if (id == null) {
            return;
        }
        row = registry.get(id);
        history = registry.history(id);
        kind = row.kind();
        serial = row.serial();
        code = row.code();
        brand = row.brand();
        model = row.model();
        location = row.location();
        acquiredOn = row.acquiredOn();
        warrantyUntil = row.warrantyUntil();
    }

    public String save() {
        EquipmentDraft draft = new EquipmentDraft(kind, serial, code, brand, model, location, acquiredOn,
                warrantyUntil, row == null ? custodian : null, custodianName, custodianUnit);
        long saved;
        try {
            if (row == null) {
                saved = registry.register(draft);
            } else {
                registry.describe(row.id(), row.version(), draft);
                saved = row.id();
            }
        } catch (WorkflowException e) {
            InventoryMessages.show(e);
            return null;
        }
        InventoryMessages.info("inventory_equipment.saved", code);
        return "/inventory/equipment-edit?faces-redirect=true&id=" + saved;
    }

    /** One custody action: assign, return, maintenance, back, retire. */
    public String change(String action) {
        try {
            registry.change(row.id(), row.version(), action, custodian, custodianName, custodianUnit);
        } catch (WorkflowException e) {
            InventoryMessages.show(e);
            return null;
        }
        InventoryMessages.info("inventory_equipment.changed", row.code());
        return "/inventory/equipment-edit?faces-redirect=true&id=" + row.id();
    }

    public EquipmentKind[] getKinds() {
        return EquipmentKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EquipmentRow getRow() {
        return row;
    }

    public List<CustodyRow> getHistory() {
        return history;
    }

    public EquipmentKind getKind() {
        return kind;
    }

    public void setKind(EquipmentKind kind) {
        this.kind = kind;
    }

    public String getSerial() {
        return serial;
    }

    public void setSerial(String serial) {
        this.serial = serial;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDate getAcquiredOn() {
        return acquiredOn;
    }

    public void setAcquiredOn(LocalDate acquiredOn) {
        this.acquiredOn = acquiredOn;
    }

    public LocalDate getWarrantyUntil() {
        return warrantyUntil;
    }

    public void setWarrantyUntil(LocalDate warrantyUntil) {
        this.warrantyUntil = warrantyUntil;
    }

    public String getCustodian() {
        return custodian;
    }

    public void setCustodian(String custodian) {
        this.custodian = custodian;
    }

    public String getCustodianName() {
        return custodianName;
    }

    public void setCustodianName(String custodianName) {
        this.custodianName = custodianName;
    }

    public String getCustodianUnit() {
        return custodianUnit;
    }

    public void setCustodianUnit(String custodianUnit) {
        this.custodianUnit = custodianUnit;
    }
}
