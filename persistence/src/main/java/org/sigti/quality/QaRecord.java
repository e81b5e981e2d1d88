package org.sigti.quality;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The quality assurance of one case (S04.02.00.01 steps 18–25, S04.02.00.02 steps 10–17). Life cycle: {@link
 * #QaRecord opened} by the QA analyst who takes the QA ticket (step 18 / 10), who alone edits its matrix and defects;
 * {@link #plan planned} with the test window of the QA calendar (step 19 / 11, again at each pass of the loop); its
 * test cycle {@link #nextCycle moves on} each time the analyst reports defects back to the programmer (step 22 / 14
 * "Sí").
 */
@Entity
@Table(name = "qa_record")
@NamedQuery(name = "QaRecord.findByCase", query = "select r from QaRecord r where r.caseId = :caseId")
public class QaRecord {

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "institution_code", nullable = false, updatable = false, length = 20)
    private String institutionCode;

    @Column(nullable = false, length = 100)
    private String analyst;

    @Column(name = "interfaces_count")
    private Integer interfaces;

    @Column(name = "window_days")
    private Integer windowDays;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "matrix_format", length = 10)
    private String matrixFormat;

    @Column(name = "defects_format", length = 10)
    private String defectsFormat;

    @Column(name = "test_cycle", nullable = false)
    private int cycle;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected QaRecord() {
        // for JPA
    }

    public QaRecord(long caseId, String institutionCode, String analyst, Instant openedAt) {
        this.caseId = caseId;
        this.institutionCode = requireNonNull(institutionCode, "Institution is required.");
        this.analyst = requireNonNull(analyst, "Analyst is required.");
        this.openedAt = requireNonNull(openedAt, "Opening instant is required.");
        this.cycle = 1;
    }

    /** The QA ticket passed to another analyst (or was taken again): from now on they edit. */
    public void assignTo(String username) {
        this.analyst = requireNonNull(username, "Analyst is required.");
    }

    /**
     * The numbers the procedure's manual gives the Matriz de diseño de casos de prueba and the Informe de defectos
     * (11 and 12 in S04.02.00.01, 6 and 7 in S04.02.00.02), printed on their PDFs; null when it numbers none.
     */
    public void numberFormats(String matrix, String defects) {
        this.matrixFormat = matrix;
        this.defectsFormat = defects;
    }

    /** The test window of the QA calendar for the number of interfaces under test. */
    public void plan(int interfacesCount, int days, LocalDate start, LocalDate due) {
        this.interfaces = interfacesCount;
        this.windowDays = days;
        this.startsOn = requireNonNull(start, "Start is required.");
        this.dueOn = requireNonNull(due, "Due date is required.");
    }

    /** Defects went back to the programmer: the next execution of the tests is a new cycle. */
    public void nextCycle() {
        cycle++;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getInstitutionCode() {
        return institutionCode;
    }

    public String getAnalyst() {
        return analyst;
    }

    public Integer getInterfaces() {
        return interfaces;
    }

    public Integer getWindowDays() {
        return windowDays;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getMatrixFormat() {
        return matrixFormat;
    }

    public String getDefectsFormat() {
        return defectsFormat;
    }

    public int getCycle() {
        return cycle;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
