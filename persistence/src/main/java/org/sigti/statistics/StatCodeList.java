package org.sigti.statistics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A code list of the statistics team (categorías, departamentos...): what a CODE column of a template accepts. */
@Entity
@Table(name = "stat_code_list")
public class StatCodeList {

    public static final int CODE_MAXLENGTH = 30;
    public static final int NAME_MAXLENGTH = 200;

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

    @Version
    private long version;

    protected StatCodeList() {
        // for JPA
    }

    public StatCodeList(String institutionCode, String code, String name) {
        this.institutionCode = institutionCode;
        this.code = code;
        this.name = name;
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
}
