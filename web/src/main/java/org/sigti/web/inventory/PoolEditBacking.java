package org.sigti.web.inventory;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.sigti.inventory.LicensePools;
import org.sigti.inventory.LicenseType;
import org.sigti.inventory.PoolDraft;
import org.sigti.inventory.PoolRow;
import org.sigti.inventory.SeatRow;
import org.sigti.inventory.SystemCatalog;
import org.sigti.workflow.WorkflowException;

/** /inventory/pool-edit.xhtml?id=: one license pool (a new one without id) and its seats in use. */
@Named
@ViewScoped
public class PoolEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private LicensePools pools;

    @EJB
    private SystemCatalog catalog;

    private Long id;
    private PoolRow row;
    private List<SeatRow> seats = List.of();
    private List<String> platforms = List.of();
    private String code;
    private String product;
    private LicenseType type;
    private Integer seatsTotal;
    private LocalDate expiresOn;
    private String vendor;
    private String platform;

    public void load() {
        platforms = catalog.activeCodes();
        if (id == null) {
            return;
        }
        row = pools.get(id);
        seats = pools.seats(id, 0, 100);
        code = row.code();
        product = row.product();
        type = row.type();
        seatsTotal = row.seatsTotal();
        expiresOn = row.expiresOn();
        vendor = row.vendor();
        platform = row.platform();
    }

    public String save() {
        PoolDraft draft = new PoolDraft(code, product, type, seatsTotal, expiresOn, vendor, platform);
        long saved;
        try {
            if (row == null) {
                saved = pools.create(draft);
            } else {
                pools.change(row.id(), row.version(), draft);
                saved = row.id();
            }
        } catch (WorkflowException e) {
            InventoryMessages.show(e);
            return null;
        }
        InventoryMessages.info("inventory_pool.saved", code);
        return "/inventory/pool-edit?faces-redirect=true&id=" + saved;
    }

    public LicenseType[] getTypes() {
        return LicenseType.values();
    }

    public List<String> getPlatforms() {
        return platforms;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PoolRow getRow() {
        return row;
    }

    public List<SeatRow> getSeats() {
        return seats;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public LicenseType getType() {
        return type;
    }

    public void setType(LicenseType type) {
        this.type = type;
    }

    public Integer getSeatsTotal() {
        return seatsTotal;
    }

    public void setSeatsTotal(Integer seatsTotal) {
        this.seatsTotal = seatsTotal;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getVendor() {
        return vendor;
    }

    public void setVendor(String vendor) {
        this.vendor = vendor;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }
}
