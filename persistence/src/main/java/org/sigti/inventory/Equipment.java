package org.sigti.inventory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.InstitutionOwned;

/**
 * A piece of equipment of the inventory (procedures.md S2 entity 11, 14, 15). Life cycle: registered
 * {@link EquipmentState#IN_STOCK}; {@link #assignTo assigned} to a custodian who signs for it (the acta de entrega of
 * the case that did it); {@link #returnToStock returned} at separation or replacement; sent to and back from
 * maintenance; {@link #markForDisposal marked for disposal} by an approved dictamen técnico; finally
 * {@link #retire retired}. Every custody change is also written as a {@link CustodyChange} by
 * the service. Patrimonial codes and serials are kept upper-case.
 */
@Entity
@Table(name = "equipment")
@NamedQuery(name = "Equipment.findByCode", query = "select e from Equipment e where e.institutionCode = :institution"
        + " and e.patrimonialCode = :code")
@NamedQuery(name = "Equipment.findHeldBy", query = "select e from Equipment e where e.institutionCode = :institution"
        + " and e.custodianUsername = :username"
        + " and e.state = org.sigti.inventory.EquipmentState.ASSIGNED order by e.patrimonialCode")
public class Equipment implements InstitutionOwned {

    public static final int SERIAL_MAXLENGTH = 60;
    public static final int CODE_MAXLENGTH = 40;
    public static final int BRAND_MAXLENGTH = 80;
    public static final int MODEL_MAXLENGTH = 120;
    public static final int LOCATION_MAXLENGTH = 200;
    public static final int USERNAME_MAXLENGTH = 100;
    public static final int NAME_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EquipmentKind kind;

    @Column(nullable = false, length = SERIAL_MAXLENGTH)
    private String serial;

    @Column(name = "patrimonial_code", nullable = false, unique = true, length = CODE_MAXLENGTH)
    private String patrimonialCode;

    @Column(nullable = false, length = BRAND_MAXLENGTH)
    private String brand;

    @Column(nullable = false, length = MODEL_MAXLENGTH)
    private String model;

    @Column(length = LOCATION_MAXLENGTH)
    private String location;

    @Column(name = "custodian_username", length = USERNAME_MAXLENGTH)
    private String custodianUsername;

    @Column(name = "custodian_name", length = NAME_MAXLENGTH)
    private String custodianName;

    @Column(name = "custodian_unit_code", length = 20)
    private String custodianUnitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EquipmentState state;

    @Column(name = "warranty_until")
    private LocalDate warrantyUntil;

    @Column(name = "acquired_on")
    private LocalDate acquiredOn;

    @Column(name = "last_case_id")
    private Long lastCaseId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Equipment() {
        // for JPA
    }

    public Equipment(String institutionCode, EquipmentKind kind, String serial, String patrimonialCode, String brand, String model,
            Instant now) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.kind = requireNonNull(kind, "Kind is required.");
        this.serial = normalizedCode(requireNonNull(serial, "Serial is required."));
        this.patrimonialCode = normalizedCode(requireNonNull(patrimonialCode, "Patrimonial code is required."));
        this.brand = requireNonNull(brand, "Brand is required.").strip();
        this.model = requireNonNull(model, "Model is required.").strip();
        this.state = EquipmentState.IN_STOCK;
        this.createdAt = requireNonNull(now);
        this.updatedAt = now;
    }

    /** The stored form of a code or serial: trimmed, upper-case. */
    public static String normalizedCode(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /** Description fields that do not change custody. */
    public void describe(String brand, String model, String location, LocalDate acquiredOn, LocalDate warrantyUntil,
            Instant now) {
        this.brand = requireNonNull(brand, "Brand is required.").strip();
        this.model = requireNonNull(model, "Model is required.").strip();
        this.location = location == null || location.isBlank() ? null : location.strip();
        this.acquiredOn = acquiredOn;
        this.warrantyUntil = warrantyUntil;
        this.updatedAt = now;
    }

    /** Hands it over to a custodian; only from the store. */
    public void assignTo(String username, String name, String unitCode, Long caseId, Instant now) {
        if (state != EquipmentState.IN_STOCK) {
            throw new IllegalStateException("Equipment " + patrimonialCode + " is " + state + ", not IN_STOCK.");
        }
        this.custodianUsername = requireNonNull(username, "Custodian is required.");
        this.custodianName = name;
        this.custodianUnitCode = unitCode;
        this.state = EquipmentState.ASSIGNED;
        this.lastCaseId = caseId;
        this.updatedAt = now;
    }

    /** Back to the store, with no custodian. */
    public void returnToStock(Long caseId, Instant now) {
        if (state == EquipmentState.RETIRED) {
            throw new IllegalStateException("Equipment " + patrimonialCode + " is retired.");
        }
        this.custodianUsername = null;
        this.custodianName = null;
        this.custodianUnitCode = null;
        this.state = EquipmentState.IN_STOCK;
        this.lastCaseId = caseId;
        this.updatedAt = now;
    }

    /** To or from maintenance; the custodian stays. */
    public void sendToMaintenance(Long caseId, Instant now) {
        if (state == EquipmentState.RETIRED) {
            throw new IllegalStateException("Equipment " + patrimonialCode + " is retired.");
        }
        this.state = EquipmentState.IN_MAINTENANCE;
        this.lastCaseId = caseId;
        this.updatedAt = now;
    }

    public void backFromMaintenance(Long caseId, Instant now) {
        if (state != EquipmentState.IN_MAINTENANCE) {
            throw new IllegalStateException("Equipment " + patrimonialCode + " is not in maintenance.");
        }
        this.state = custodianUsername == null ? EquipmentState.IN_STOCK : EquipmentState.ASSIGNED;
        this.lastCaseId = caseId;
        this.updatedAt = now;
    }

    /**
     * Recommended for disposal ("para baja") by an approved dictamen técnico: out of service until the administrative
     * baja retires it. The custodian who held it stays recorded. Marking it again changes nothing.
     */
    public void markForDisposal(Long caseId, Instant now) {
        if (state == EquipmentState.RETIRED) {
            throw new IllegalStateException("Equipment " + patrimonialCode + " is retired.");
        }
        this.state = EquipmentState.FOR_DISPOSAL;
        this.lastCaseId = caseId;
        this.updatedAt = now;
    }

    /** Disposed of (baja de bien); only from the store or once marked for disposal. */
    public void retire(Long caseId, Instant now) {
        if (state != EquipmentState.IN_STOCK && state != EquipmentState.FOR_DISPOSAL) {
            throw new IllegalStateException("Equipment " + patrimonialCode + " must be in stock or marked for"
                    + " disposal to be retired.");
        }
        this.custodianUsername = null;
        this.custodianName = null;
        this.custodianUnitCode = null;
        this.state = EquipmentState.RETIRED;
        this.lastCaseId = caseId;
        this.updatedAt = now;
    }

    /** A renewed warranty (SEPREM-DI-005.1 for a support service). */
    public void extendWarranty(LocalDate until, Instant now) {
        this.warrantyUntil = requireNonNull(until, "Warranty date is required.");
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public EquipmentKind getKind() {
        return kind;
    }

    public String getSerial() {
        return serial;
    }

    public String getPatrimonialCode() {
        return patrimonialCode;
    }

    public String getBrand() {
        return brand;
    }

    public String getModel() {
        return model;
    }

    public String getLocation() {
        return location;
    }

    public String getCustodianUsername() {
        return custodianUsername;
    }

    public String getCustodianName() {
        return custodianName;
    }

    public String getCustodianUnitCode() {
        return custodianUnitCode;
    }

    public EquipmentState getState() {
        return state;
    }

    public LocalDate getWarrantyUntil() {
        return warrantyUntil;
    }

    public LocalDate getAcquiredOn() {
        return acquiredOn;
    }

    public Long getLastCaseId() {
        return lastCaseId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }
}
