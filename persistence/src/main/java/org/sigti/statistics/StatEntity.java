package org.sigti.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An entity of the Sector Defensa that sends statistics (órgano ejecutor, organismo público, empresa) and its two
 * representatives from the directory of the Comité de Coordinación Estadística (step 8): the titular and the alterno,
 * SIGTI users with the role Representante, each with the address reminders go to.
 */
@Entity
@Table(name = "stat_entity")
public class StatEntity {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, updatable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "titular_user", length = 100)
    private String titularUser;

    @Column(name = "titular_email", length = 200)
    private String titularEmail;

    @Column(name = "alterno_user", length = 100)
    private String alternoUser;

    @Column(name = "alterno_email", length = 200)
    private String alternoEmail;

    @Version
    private long version;

    protected StatEntity() {
        // for JPA
    }

    public StatEntity(String institutionCode, String code, String name) {
        this.institutionCode = institutionCode;
        this.code = code;
        this.name = name;
    }

    /** Records the representatives the entity designated (null: none). */
    public void designate(String titular, String titularMail, String alterno, String alternoMail) {
        this.titularUser = titular;
        this.titularEmail = titularMail;
        this.alternoUser = alterno;
        this.alternoEmail = alternoMail;
    }

    /** Whether a user is one of the entity's representatives. */
    public boolean representedBy(String username) {
        return username != null && (username.equals(titularUser) || username.equals(alternoUser));
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

    public String getTitularUser() {
        return titularUser;
    }

    public String getTitularEmail() {
        return titularEmail;
    }

    public String getAlternoUser() {
        return alternoUser;
    }

    public String getAlternoEmail() {
        return alternoEmail;
    }
}
