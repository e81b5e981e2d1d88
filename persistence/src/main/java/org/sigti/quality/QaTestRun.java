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
 * The result of one test case in one test cycle (step 22 / 14, "se registran los resultados"): what came out and
 * whether it passed. One per case and cycle; recording again corrects it.
 */
@Entity
@Table(name = "qa_test_run")
public class QaTestRun {

    /** Whether the obtained result is the expected one. */
    public enum Verdict {
        PASS, FAIL
    }

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "test_case_id", nullable = false, updatable = false)
    private long testCaseId;

    @Column(name = "test_cycle", nullable = false, updatable = false)
    private int cycle;

    @Column(name = "obtained_result", nullable = false, length = QaTestCase.TEXT_MAXLENGTH)
    private String obtained;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Verdict verdict;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected QaTestRun() {
        // for JPA
    }

    public QaTestRun(long testCaseId, int cycle) {
        this.testCaseId = testCaseId;
        this.cycle = cycle;
    }

    public void record(String obtainedResult, Verdict result, String by, Instant at) {
        this.obtained = requireNonNull(obtainedResult);
        this.verdict = requireNonNull(result);
        this.recordedBy = requireNonNull(by);
        this.recordedAt = requireNonNull(at);
    }

    public long getTestCaseId() {
        return testCaseId;
    }

    public int getCycle() {
        return cycle;
    }

    public String getObtained() {
        return obtained;
    }

    public Verdict getVerdict() {
        return verdict;
    }
}
