package org.sigti.secplatform;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

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
 * A security platform of the OGTIE (S04.04.00.01: "conjunto de equipamiento correspondiente a la seguridad informática,
 * físico y lógico"): a firewall, a WAF, an antivirus console, a SIEM, a mail gateway. Life cycle: registered, or
 * described again, when step 1 assigns its primary and secondary administrators (two different people of the
 * cybersecurity team); step 3 records where the full-administration user is kept ({@link #keepCredentialAt}: a
 * description of the protected equipment, never the credential). Its code is unique in its institution.
 */
@Entity
@Table(name = "security_platform")
@NamedQuery(name = "SecurityPlatform.findByCode", query = "select p from SecurityPlatform p"
        + " where p.institutionCode = :institution and p.code = :code")
public class SecurityPlatform implements InstitutionOwned {

    public static final int CODE_MAXLENGTH = 30;
    public static final int NAME_MAXLENGTH = 200;
    public static final int LOCATION_MAXLENGTH = 200;
    public static final int CUSTODY_MAXLENGTH = 400;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, updatable = false, length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SecurityPlatformKind kind;

    @Column(nullable = false, length = LOCATION_MAXLENGTH)
    private String location;

    @Column(name = "primary_admin", length = 100)
    private String primaryAdmin;

    @Column(name = "secondary_admin", length = 100)
    private String secondaryAdmin;

    @Column(name = "admins_case_id")
    private Long adminsCaseId;

    @Column(name = "credential_custody", length = CUSTODY_MAXLENGTH)
    private String credentialCustody;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected SecurityPlatform() {
        // for JPA
    }

    public SecurityPlatform(String institutionCode, String code, Instant now) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.code = requireNonNull(code, "Code is required.").strip();
        this.registeredAt = requireNonNull(now);
        this.active = true;
    }

    /** Name, kind and location, as step 1 gives them. */
    public void describe(String name, SecurityPlatformKind kind, String location) {
        this.name = requireNonNull(name, "Name is required.").strip();
        this.kind = requireNonNull(kind, "Kind is required.");
        this.location = requireNonNull(location, "Location is required.").strip();
    }

    /** Step 1: the primary and the secondary administrator, two different people, by the case that assigned them. */
    public void assignAdministrators(String primary, String secondary, long caseId) {
        requireNonNull(primary, "Primary administrator is required.");
        requireNonNull(secondary, "Secondary administrator is required.");
        if (primary.equalsIgnoreCase(secondary)) {
            throw new IllegalArgumentException("The primary and secondary administrators must differ.");
        }
        this.primaryAdmin = primary;
        this.secondaryAdmin = secondary;
        this.adminsCaseId = caseId;
    }

    /** Step 3: where the full-administration user is kept (a description of the protected equipment). */
    public void keepCredentialAt(String custody) {
        this.credentialCustody = requireNonNull(custody, "Custody is required.").strip();
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public SecurityPlatformKind getKind() {
        return kind;
    }

    public String getLocation() {
        return location;
    }

    public String getPrimaryAdmin() {
        return primaryAdmin;
    }

    public String getSecondaryAdmin() {
        return secondaryAdmin;
    }

    public Long getAdminsCaseId() {
        return adminsCaseId;
    }

    public String getCredentialCustody() {
        return credentialCustody;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
