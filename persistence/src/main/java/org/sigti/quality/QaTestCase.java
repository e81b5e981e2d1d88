package org.sigti.quality;

import static java.util.Objects.requireNonNull;

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
 * A row of the Matriz de diseño de casos de prueba (Formato N° 11 of S04.02.00.01, N° 6 of S04.02.00.02): what is
 * tested, how, and what must come out. Its results, one per test cycle, are {@link QaTestRun}s. Numbered in the order
 * the QA analyst designs them (CP-01, CP-02…), and edited until the case leaves QA.
 */
@Entity
@Table(name = "qa_test_case")
public class QaTestCase {

    /** How soon the case must be run, as the analyst prioritized it (step 20 / 12). */
    public enum Priority {
        HIGH, MEDIUM, LOW
    }

    public static final int SHORT_MAXLENGTH = 200;
    public static final int TEXT_MAXLENGTH = 2000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    @Column(name = "seq", nullable = false, updatable = false)
    private int seq;

    @Column(nullable = false, length = SHORT_MAXLENGTH)
    private String functionality;

    @Column(nullable = false, length = TEXT_MAXLENGTH)
    private String description;

    @Column(length = TEXT_MAXLENGTH)
    private String preconditions;

    @Column(name = "test_steps", nullable = false, length = TEXT_MAXLENGTH)
    private String steps;

    @Column(name = "expected_result", nullable = false, length = TEXT_MAXLENGTH)
    private String expected;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected QaTestCase() {
        // for JPA
    }

    public QaTestCase(long recordId, int seq, Instant createdAt) {
        this.recordId = recordId;
        this.seq = seq;
        this.createdAt = requireNonNull(createdAt);
    }

    /** The design of the case, as the analyst writes it (all checked by the service). */
    public void design(String functionality, String description, String preconditions, String steps,
            String expected, Priority priority) {
        this.functionality = requireNonNull(functionality);
        this.description = requireNonNull(description);
        this.preconditions = preconditions;
        this.steps = requireNonNull(steps);
        this.expected = requireNonNull(expected);
        this.priority = requireNonNull(priority);
    }

    /** The code the formats print: CP-01, CP-02… */
    public String code() {
        return code(seq);
    }

    public static String code(int seq) {
        return String.format("CP-%02d", seq);
    }

    public Long getId() {
        return id;
    }

    public long getRecordId() {
        return recordId;
    }

    public int getSeq() {
        return seq;
    }

    public String getFunctionality() {
        return functionality;
    }

    public String getDescription() {
        return description;
    }

    public String getPreconditions() {
        return preconditions;
    }

    public String getSteps() {
        return steps;
    }

    public String getExpected() {
        return expected;
    }

    public Priority getPriority() {
        return priority;
    }
}
