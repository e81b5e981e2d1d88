package org.sigti.inventory;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.InstitutionOwned;

/**
 * A pool of licenses or of a contracted service (procedures.md S2 entity 13, the license register of
 * SEPREM-DI-002.1): so many seats, so many taken, until an expiry date that SEPREM-DI-005.1 renews. When it
 * licenses a platform of the catalog ({@link #getSystem()}), an account on that platform takes one of its seats.
 * {@code seatsUsed} only moves through {@link #take()} and {@link #giveBack()}, and never exceeds the total (also a
 * CHECK in the database).
 */
@Entity
@Table(name = "license_pool")
@NamedQuery(name = "LicensePool.findByCode", query = "select p from LicensePool p where p.institutionCode = :institution"
        + " and p.code = :code")
@NamedQuery(name = "LicensePool.findByPlatform", query = "select p from LicensePool p where p.system.code = :code"
        + " order by p.id")
// single-table, so that it can be locked on H2 as well (FOR UPDATE of a join is refused there)
@NamedQuery(name = "LicensePool.findBySystem", query = "select p from LicensePool p where p.system = :system"
        + " order by p.id")
public class LicensePool implements InstitutionOwned {

    public static final int CODE_MAXLENGTH = 40;
    public static final int PRODUCT_MAXLENGTH = 200;
    public static final int VENDOR_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, unique = true, length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = PRODUCT_MAXLENGTH)
    private String product;

    @Enumerated(EnumType.STRING)
    @Column(name = "license_type", nullable = false, length = 20)
    private LicenseType type;

    @Column(name = "seats_total", nullable = false)
    private int seatsTotal;

    @Column(name = "seats_used", nullable = false)
    private int seatsUsed;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(length = VENDOR_MAXLENGTH)
    private String vendor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "system_id")
    private ItSystem system;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected LicensePool() {
        // for JPA
    }

    public LicensePool(String institutionCode, String code, String product, LicenseType type, int seatsTotal, Instant now) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.code = Equipment.normalizedCode(requireNonNull(code, "Pool code is required."));
        this.product = requireNonNull(product, "Product is required.").strip();
        this.type = requireNonNull(type, "License type is required.");
        if (seatsTotal < 0) {
            throw new IllegalArgumentException("Seats cannot be negative.");
        }
        this.seatsTotal = seatsTotal;
        this.createdAt = requireNonNull(now);
        this.updatedAt = now;
    }

    public void describe(String product, LicenseType type, int seatsTotal, LocalDate expiresOn, String vendor,
            ItSystem system, Instant now) {
        if (seatsTotal < seatsUsed) {
            throw new IllegalArgumentException("Seats total " + seatsTotal + " below seats in use " + seatsUsed);
        }
        this.product = requireNonNull(product, "Product is required.").strip();
        this.type = requireNonNull(type, "License type is required.");
        this.seatsTotal = seatsTotal;
        this.expiresOn = expiresOn;
        this.vendor = vendor == null || vendor.isBlank() ? null : vendor.strip();
        this.system = system;
        this.updatedAt = now;
    }

    /** Whether a seat can be taken on {@code day}: one free and the pool not expired. */
    public boolean hasFreeSeat(LocalDate day) {
        return seatsUsed < seatsTotal && (expiresOn == null || !expiresOn.isBefore(day));
    }

    /** Takes one seat. */
    public void take() {
        if (seatsUsed >= seatsTotal) {
            throw new IllegalStateException("Pool " + code + " is exhausted.");
        }
        seatsUsed++;
    }

    /** Gives one seat back. */
    public void giveBack() {
        if (seatsUsed <= 0) {
            throw new IllegalStateException("Pool " + code + " has no seat in use.");
        }
        seatsUsed--;
    }

    /** A renewal (SEPREM-DI-005.1 step 7): the new expiry, and the seats bought if they change. */
    public void renew(LocalDate newExpiry, Integer newSeatsTotal, Instant now) {
        this.expiresOn = requireNonNull(newExpiry, "New expiry is required.");
        if (newSeatsTotal != null) {
            if (newSeatsTotal < seatsUsed) {
                throw new IllegalArgumentException("Seats total below seats in use.");
            }
            this.seatsTotal = newSeatsTotal;
        }
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getProduct() {
        return product;
    }

    public LicenseType getType() {
        return type;
    }

    public int getSeatsTotal() {
        return seatsTotal;
    }

    public int getSeatsUsed() {
        return seatsUsed;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getVendor() {
        return vendor;
    }

    public ItSystem getSystem() {
        return system;
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
