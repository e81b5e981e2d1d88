package org.sigti.committee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A committee of an institution: its code (CGD, CCE), its name, and its Secretaría técnica, the unit that issues its
 * actas (the OGTIE) and the Responsable who keeps its sessions ({@code responsable.gobti} for the CGD, {@code
 * responsable.estad} for the statistics committee). Committees are seeded by migrations; their members are rows of
 * {@link CommitteeMember}.
 */
@Entity
@Table(name = "committee")
public class Committee {

    @Id
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "secretariat_unit", nullable = false, length = 20)
    private String secretariatUnit;

    @Column(name = "secretary_username", nullable = false, length = 100)
    private String secretaryUsername;

    @Version
    private long version;

    protected Committee() {
        // for JPA
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

    public String getSecretariatUnit() {
        return secretariatUnit;
    }

    public String getSecretaryUsername() {
        return secretaryUsername;
    }
}
