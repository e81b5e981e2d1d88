package org.sigti.workflow;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A value a step recorded on a case, by name: the time estimate of 3.A.1, the diagnosis, the solution, the
 * investigation result. The latest value wins; every value given also stays in the audit trail's comment.
 */
@Entity
@Table(name = "case_field")
public class CaseField {

    public static final int VALUE_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false, length = 40)
    private String name;

    @Column(name = "value_text", nullable = false, length = VALUE_MAXLENGTH)
    private String value;

    @Column(name = "step_code", nullable = false, length = 20)
    private String stepCode;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected CaseField() {
        // for JPA
    }

    public CaseField(long caseId, String name) {
        this.caseId = caseId;
        this.name = requireNonNull(name);
    }

    public void record(String newValue, String step, String by, Instant at) {
        this.value = requireNonNull(newValue);
        this.stepCode = requireNonNull(step);
        this.recordedBy = requireNonNull(by);
        this.recordedAt = requireNonNull(at);
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    public String getStepCode() {
        return stepCode;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
