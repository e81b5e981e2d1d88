package org.sigti.inventory;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.sigti.unit.InstitutionOwned;

/**
 * A system or platform of the institution's catalog (STH, SSP, SISCO, the mail server, Active Directory, the
 * VPN...): the object of preventive maintenance, backups, accounts and licenses.
 */
@Entity
@Table(name = "it_system")
public class ItSystem implements InstitutionOwned {

    public static final int CODE_MAXLENGTH = 30;
    public static final int NAME_MAXLENGTH = 200;
    public static final int DESCRIPTION_MAXLENGTH = 1000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    /** The institution the record belongs to; fixed at creation. */
    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, unique = true, length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SystemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Criticality criticality;

    @Column(name = "owner_unit_code", length = 20)
    private String ownerUnitCode;

    @Column(length = DESCRIPTION_MAXLENGTH)
    private String description;

    @Column(nullable = false)
    private boolean active;

    /** The version in the inventory of information systems, as the last release recorded it (V59); null before. */
    @Column(name = "current_version", length = SystemRelease.VERSION_MAXLENGTH)
    private String currentVersion;

    /** Where that version runs (V59); null before the first release recorded. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private SystemEnvironment environment;

    @Version
    private long version;

    protected ItSystem() {
        // for JPA
    }

    public ItSystem(String institutionCode, String code, String name, SystemKind kind, Criticality criticality) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.code = requireNonNull(code, "System code is required.");
        this.name = requireNonNull(name, "System name is required.");
        this.kind = requireNonNull(kind, "System kind is required.");
        this.criticality = requireNonNull(criticality, "Criticality is required.");
        this.active = true;
    }

    public void describe(String name, SystemKind kind, Criticality criticality, String ownerUnitCode,
            String description) {
        this.name = requireNonNull(name, "System name is required.");
        this.kind = requireNonNull(kind, "System kind is required.");
        this.criticality = requireNonNull(criticality, "Criticality is required.");
        this.ownerUnitCode = ownerUnitCode;
        this.description = description;
    }

    /**
     * The inventory of information systems records a version of the system in an environment (MINDEF S04.02.00.01
     * step 43, S04.02.00.02 step 36); the earlier versions stay as {@link SystemRelease} rows.
     */
    public void release(String version, SystemEnvironment environment) {
        this.currentVersion = requireNonNull(version, "Version is required.");
        this.environment = requireNonNull(environment, "Environment is required.");
    }

    public String getCurrentVersion() {
        return currentVersion;
    }

    public SystemEnvironment getEnvironment() {
        return environment;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SystemKind getKind() {
        return kind;
    }

    public Criticality getCriticality() {
        return criticality;
    }

    public String getOwnerUnitCode() {
        return ownerUnitCode;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }
}
