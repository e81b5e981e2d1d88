package org.sigti.security;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.sigti.unit.InstitutionOwned;

/**
 * One field of one setting changed by one person: a service-level target, the working hours, a holiday, the time
 * zone, a backup schedule or target, a system, an equipment record. Written once, in the change's own transaction,
 * never updated. Values longer than {@link #VALUE_MAXLENGTH} are kept cut, ending in "…".
 */
@Entity
@Table(name = "setting_change")
public class SettingChange implements InstitutionOwned {

    public static final int VALUE_MAXLENGTH = 500;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 100)
    private String changedBy;

    @Column(name = "object_type", nullable = false, updatable = false, length = 30)
    private String objectType;

    @Column(name = "object_key", nullable = false, updatable = false, length = 200)
    private String objectKey;

    @Column(name = "field_name", nullable = false, updatable = false, length = 60)
    private String field;

    @Column(name = "old_value", updatable = false, length = VALUE_MAXLENGTH)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = VALUE_MAXLENGTH)
    private String newValue;

    protected SettingChange() {
    }

    public SettingChange(String institutionCode, Instant changedAt, String changedBy, String objectType,
            String objectKey, String field, String oldValue, String newValue) {
        this.institutionCode = requireNonNull(institutionCode);
        this.changedAt = requireNonNull(changedAt);
        this.changedBy = requireNonNull(changedBy);
        this.objectType = requireNonNull(objectType);
        this.objectKey = cut(requireNonNull(objectKey), 200);
        this.field = requireNonNull(field);
        this.oldValue = oldValue == null ? null : cut(oldValue, VALUE_MAXLENGTH);
        this.newValue = newValue == null ? null : cut(newValue, VALUE_MAXLENGTH);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getInstitutionCode() {
        return institutionCode;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
