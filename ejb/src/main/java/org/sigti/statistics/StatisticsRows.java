package org.sigti.statistics;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sigti.statistics.StatColumn.Type;
import org.sigti.statistics.StatTemplate.TotalRule;

/** What the statistics screens read: rows and reports, never entities. */
public final class StatisticsRows {

    private StatisticsRows() {
    }

    /** Where a due table stands, as the follow-up board shows it. */
    public enum DueState {
        /** Not sent yet, due date ahead. */
        PENDING,
        /** Not accepted and the due date passed (whether or not something was rejected). */
        LATE,
        /** The last upload was refused and none is accepted yet, due date ahead. */
        REJECTED,
        /** A version is accepted. */
        ACCEPTED
    }

    /** A line of the schedule with its state. */
    public record DueRow(long id, String entityCode, String entityName, long templateId, String templateCode,
            String templateName, String period, LocalDate dueOn, DueState state, Integer acceptedVersion,
            String lastOutcome, int attempts, Instant lastUploadAt) implements Serializable {
    }

    /** One upload of a due. */
    public record SubmissionRow(long id, long dueId, int attempt, String outcome, Integer dataVersion,
            String fileName, int rows, int rejectedRows, String uploadedBy, Instant uploadedAt)
            implements Serializable {
    }

    /** The outcome of an upload: the submission recorded, and its first rejections (all of them in the report). */
    public record UploadReport(long submissionId, boolean accepted, Integer version, int rows, int rejectedCount,
            List<Rejection> rejections) implements Serializable {
    }

    /** A template in the templates list. */
    public record TemplateRow(long id, String code, String name, TotalRule totalRule, int columns)
            implements Serializable {
    }

    /** An entity of the Sector and its representatives. */
    public record EntityRow(long id, String code, String name, String titular, String alterno)
            implements Serializable {
    }

    /** A code list and how many codes it has. */
    public record CodeListRow(long id, String code, String name, long codes) implements Serializable {
    }

    /** A template as the statistics team writes it. */
    public record TemplateDraft(String code, String name, TotalRule totalRule, List<ColumnDraft> columns)
            implements Serializable {
    }

    /** A column as the statistics team writes it; {@code codeList} the list's code for a CODE column. */
    public record ColumnDraft(String name, Type type, String codeList, boolean required) implements Serializable {
    }

    /** The data of an accepted upload: the template's header and the rows' cells as text, in file order. */
    public record DataTable(String fileName, List<String> header, List<List<String>> rows) implements Serializable {
    }
}
