package org.sigti.statistics;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A rejected row of a refused upload: its row in the file (0: the file or its header), column and reason. */
@Entity
@Table(name = "stat_rejection")
public class StatRejection {

    private static final String SEPARATOR = "\u001f";
    private static final int ARGUMENTS_MAXLENGTH = 1000;

    @Id
    @SequenceGenerator(name = "sigti_seq", sequenceName = "sigti_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sigti_seq")
    private Long id;

    @Column(name = "submission_id", nullable = false, updatable = false)
    private long submissionId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "row_no", nullable = false, updatable = false)
    private int row;

    @Column(name = "column_name", updatable = false, length = StatColumn.NAME_MAXLENGTH)
    private String column;

    @Column(name = "reason_key", nullable = false, updatable = false, length = 80)
    private String reasonKey;

    @Column(updatable = false, length = ARGUMENTS_MAXLENGTH)
    private String arguments;

    protected StatRejection() {
        // for JPA
    }

    public StatRejection(long submissionId, int seq, int row, String column, String reasonKey, List<String> args) {
        this.submissionId = submissionId;
        this.seq = seq;
        this.row = row;
        this.column = column == null ? null : cut(column, StatColumn.NAME_MAXLENGTH);
        this.reasonKey = reasonKey;
        this.arguments = args.isEmpty() ? null : cut(String.join(SEPARATOR, args), ARGUMENTS_MAXLENGTH);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public int getRow() {
        return row;
    }

    public String getColumn() {
        return column;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public List<String> getArguments() {
        return arguments == null ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }
}
