package org.sigti.statistics;

import java.time.Instant;

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

/**
 * A statistical table as the statistics team defines it (the formats of the ETTDE SD): its code, name, columns
 * ({@link StatColumn}) and how its totals add up. The representatives upload their data in this shape.
 */
@Entity
@Table(name = "stat_template")
public class StatTemplate {

    public static final int CODE_MAXLENGTH = 30;
    public static final int NAME_MAXLENGTH = 200;

    /** Which totals the table carries, checked on every upload. */
    public enum TotalRule {
        /** No total. */
        NONE,
        /** The last column of each row is the sum of the row's other numeric columns. */
        TOTAL_COLUMN,
        /** The last row (first cell "TOTAL") holds the sum of each numeric column over the rows above it. */
        TOTAL_ROW,
        /** Both. */
        BOTH;

        public boolean column() {
            return this == TOTAL_COLUMN || this == BOTH;
        }

        public boolean row() {
            return this == TOTAL_ROW || this == BOTH;
        }
    }

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
    @Column(name = "total_rule", nullable = false, length = 20)
    private TotalRule totalRule;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected StatTemplate() {
        // for JPA
    }

    public StatTemplate(String institutionCode, String code, String name, TotalRule totalRule, String createdBy,
            Instant createdAt) {
        this.institutionCode = institutionCode;
        this.code = code;
        this.name = name;
        this.totalRule = totalRule;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
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

    public TotalRule getTotalRule() {
        return totalRule;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
