package org.sigti.workflow.document;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.sigti.document.Letterhead;
import org.sigti.workflow.CaseStatus;

/**
 * What a document kind may know of a case, read once by the kernel: the case's data, the steps completed with their
 * outcome, the values recorded, and when, where and for which institution the copy is printed. Read-only.
 *
 * @param procedures the codes of every procedure the case went through (its origin, its current one, every step's)
 * @param completed  the steps done, oldest first
 * @param fields     the values recorded, by field name (the last value of each)
 * @param directory  people's and units' names
 * @param letterhead the letterhead of the institution the copy is printed for
 * @param printedAt  when the copy is produced
 * @param zone       the institution's time zone
 */
public record CaseFacts(long id, String number, String procedureCode, Set<String> procedures, CaseStatus status,
        String title, String description, String requestType, String requesterUsername, String requesterName,
        String requesterUnitCode, String contactPhone, String contactEmail, String priority, Instant openedAt,
        Instant closedAt, List<CompletedStep> completed, Map<String, RecordedField> fields, Directory directory,
        Letterhead letterhead, Instant printedAt, ZoneId zone) {

    public CaseFacts {
        requireNonNull(number, "Case number is required.");
        requireNonNull(procedureCode, "Procedure is required.");
        requireNonNull(status, "Status is required.");
        procedures = Set.copyOf(procedures);
        completed = completed.stream().sorted(Comparator.comparing(CompletedStep::at)).toList();
        fields = Map.copyOf(fields);
        requireNonNull(directory, "Directory is required.");
        requireNonNull(letterhead, "Letterhead is required.");
        requireNonNull(printedAt, "Print time is required.");
        requireNonNull(zone, "Zone is required.");
    }

    /** A step done: in which procedure, which step, the way out taken, by whom, when and in which unit. */
    public record CompletedStep(String procedure, String step, String outcome, String by, Instant at, String unit) {

        public CompletedStep {
            requireNonNull(procedure, "Procedure is required.");
            requireNonNull(step, "Step is required.");
            requireNonNull(at, "Completion time is required.");
        }
    }

    /** A value recorded on the case: by whom and when. */
    public record RecordedField(String name, String value, String by, Instant at) {
    }

    /** Full names of people and names of units, looked up when a document needs them. */
    public interface Directory {

        /** The person's full name, or the username when unknown; null for null. */
        String fullName(String username);

        /** "code - name" of a unit, or the code when unknown; null for null. */
        String unitName(String code);
    }

    public boolean closed() {
        return status == CaseStatus.CLOSED;
    }

    /** Whether the case went through that procedure. */
    public boolean went(String procedure) {
        return procedures.contains(procedure);
    }

    /** The last completion of a step of a procedure, whatever its outcome. */
    public Optional<CompletedStep> lastDone(String procedure, String step) {
        return completed.stream().filter(s -> s.procedure().equals(procedure) && s.step().equals(step))
                .reduce((first, second) -> second);
    }

    /** The last completion of a step of a procedure with that outcome. */
    public Optional<CompletedStep> lastDone(String procedure, String step, String outcome) {
        return completed.stream().filter(s -> s.procedure().equals(procedure) && s.step().equals(step)
                && Objects.equals(s.outcome(), outcome)).reduce((first, second) -> second);
    }

    public Optional<RecordedField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The value recorded for a field; empty when none or blank. */
    public Optional<String> value(String name) {
        return field(name).map(RecordedField::value).filter(v -> !v.isBlank());
    }

    public String fullName(String username) {
        return directory.fullName(username);
    }

    public String unitName(String code) {
        return directory.unitName(code);
    }

    /** The requester's unit as "code - name". */
    public String requesterUnitName() {
        return unitName(requesterUnitCode);
    }

    /** The date of an instant in the institution's zone; null for null. */
    public LocalDate date(Instant at) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }
}
