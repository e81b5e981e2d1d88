package org.sigti.statistics;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A cell of the statistics store: one value of an accepted upload, as text (as sent, formula-looking text included:
 * every export neutralises it) and, for a numeric column, as a number the tables and charts add up.
 */
@Entity
@Table(name = "stat_cell")
public class StatCell {

    public static final int TEXT_MAXLENGTH = 500;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private long submissionId;

    @Column(name = "row_no", nullable = false, updatable = false)
    private int row;

    @Column(name = "column_seq", nullable = false, updatable = false)
    private int columnSeq;

    @Column(name = "text_value", updatable = false, length = TEXT_MAXLENGTH)
    private String text;

    @Column(name = "number_value", updatable = false, precision = 20, scale = 4)
    private BigDecimal number;

    protected StatCell() {
        // for JPA
    }

    public StatCell(long submissionId, int row, int columnSeq, String text, BigDecimal number) {
        this.submissionId = submissionId;
        this.row = row;
        this.columnSeq = columnSeq;
        this.text = text;
        this.number = number;
    }

    public int getRow() {
        return row;
    }

    public int getColumnSeq() {
        return columnSeq;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getNumber() {
        return number;
    }
}
