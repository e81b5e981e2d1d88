package org.sigti.unit;

import static java.util.Objects.requireNonNull;

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

/**
 * An organizational unit of the institution, identified by the code its manual and its directory use
 * (for example {@code UIT}, {@code AIT}, {@code RRHH}) inside its institution: a code such as {@code RRHH} exists in
 * every institution. Units come from the identity provider's groups: a unit
 * seen for the first time on a login is registered with its code as name until an administrator names it.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = "OrgUnit.findByCode",
        query = "select u from OrgUnit u where u.institutionCode = :institution and u.code = :code")
public class OrgUnit {

    public static final int CODE_MAXLENGTH = 20;
    public static final int NAME_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = Institution.CODE_MAXLENGTH)
    private String institutionCode;

    @Column(nullable = false, length = CODE_MAXLENGTH)
    private String code;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    @Version
    private long version;

    protected OrgUnit() {
        // for JPA
    }

    public OrgUnit(String institutionCode, String code, String name, UnitKind kind) {
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.code = requireNonNull(code, "Unit code is required.");
        this.name = requireNonNull(name, "Unit name is required.");
        this.kind = requireNonNull(kind, "Unit kind is required.");
    }

    public Long getId() {
        return id;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }
}
