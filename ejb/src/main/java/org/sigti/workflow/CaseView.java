package org.sigti.workflow;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sigti.workflow.flow.FieldDefinition;
import org.sigti.workflow.flow.Outcome;
import org.sigti.workflow.flow.Responsible;
import org.sigti.workflow.flow.Text;

/** A case as its page shows it to one caller: its data, its open steps with what the caller may do, its history. */
public record CaseView(long id, String number, String title, String description, String requestType,
        String channel, String requesterUsername, String requesterName, String contactEmail, String contactPhone,
        CaseStatus status, String procedureCode, Text procedureName, String originProcedure, String priority,
        String impact, String urgency, Instant openedAt, Instant closedAt, String outcome, Instant responseDue,
        Instant resolutionDue, boolean responseBreached, boolean resolutionBreached, Instant pausedSince,
        List<OpenStep> openSteps, List<HistoryRow> history, List<FieldRow> fields, List<AttachmentRow> attachments,
        boolean mayAttach, List<LinkRow> linkedCases, LinkRow linkedTo) implements Serializable {

    /**
     * A linked case: on a parent's page, a case one of its steps opened (⇲, e.g. the help desk's ticket), with its
     * state; on a child's page ({@link #linkedTo}), the parent case and the step that opened it. {@code readable}: the
     * caller may open that case's page.
     */
    public record LinkRow(String key, String parentStep, long caseId, String number, String title,
            String procedureCode, Text procedureName, CaseStatus status, List<String> openSteps, Instant openedAt,
            Instant closedAt, boolean readable) implements Serializable {

        /** The linked case's open steps, by their numbers ("1", "2"). */
        public String openStepsText() {
            return String.join(", ", openSteps);
        }
    }

    /** A step that waits, and what the caller may do with it. */
    public record OpenStep(long itemId, long version, String stepCode, Text title, Text hint, String output,
            String roleName, String unitCode, String assignee, Instant since, boolean observation, boolean mayAct,
            boolean mayTake, boolean mayAssign, boolean observable, List<Outcome> outcomes,
            List<FieldDefinition> fields, String awaitedNumber) implements Serializable {

        /** Whether the step waits on a linked case (nobody acts on it); {@link #awaitedNumber} is that case. */
        public boolean awaiting() {
            return Responsible.SIGTI.equals(roleName);
        }
    }

    /** One record of the audit trail. */
    public record HistoryRow(int seq, Instant occurredAt, String actor, String roles, String unit, String action,
            String procedureCode, String fromStep, String toSteps, String outcome, String comment, String documents)
            implements Serializable {
    }

    /** A value a step recorded. */
    public record FieldRow(String name, String value, String stepCode, String recordedBy, Instant recordedAt)
            implements Serializable {
    }

    /**
     * An attached file. A file attached again under the same name is its next version (a manual, an análisis
     * rewritten): {@code version} counts them from 1 in the order attached, and every earlier one stays, marked
     * {@code superseded}.
     */
    public record AttachmentRow(long id, String fileName, String contentType, long size, String uploadedBy,
            Instant uploadedAt, int version, boolean superseded) implements Serializable {

        /** A file as stored, before its version is known. */
        public AttachmentRow(long id, String fileName, String contentType, long size, String uploadedBy,
                Instant uploadedAt) {
            this(id, fileName, contentType, size, uploadedBy, uploadedAt, 1, false);
        }

        /** Whether the case has more than one version of this file. */
        public boolean versioned() {
            return version > 1 || superseded;
        }
    }

    /**
     * The files in the order attached, each with its version among the files of the same name (names compared
     * ignoring case, as people read them) and whether a later version superseded it.
     */
    public static List<AttachmentRow> versioned(List<AttachmentRow> attached) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        for (AttachmentRow a : attached) {
            total.merge(a.fileName().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        return attached.stream().map(a -> {
            String name = a.fileName().toLowerCase(Locale.ROOT);
            int version = seen.merge(name, 1, Integer::sum);
            return new AttachmentRow(a.id(), a.fileName(), a.contentType(), a.size(), a.uploadedBy(), a.uploadedAt(),
                    version, version < total.get(name));
        }).toList();
    }

    public String field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).map(FieldRow::value).findFirst().orElse(null);
    }
}
