package org.sigti.web.committee;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.faces.context.FacesContext;

import org.sigti.web.cases.Messages;
import org.sigti.workflow.WorkflowException;

/** The committee forms' shared bits: the date of a date input (yyyy-MM-dd) and the label of a refused field. */
final class Dates {

    private Dates() {
    }

    /** The date typed, null when blank; a malformed one is refused as the field's problem. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new WorkflowException("committee.invalid", Map.of("heldOn", "committee.badDate"));
        }
    }

    /** The case number typed (SIGTI's case id), null when blank; anything else is refused as the field's problem. */
    static Long caseId(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new WorkflowException("committee.invalid", Map.of(field, "committee.unknownCase"));
        }
    }

    static String label(String field) {
        return Messages.text(Messages.bundle(FacesContext.getCurrentInstance()), "committee.field." + field);
    }
}
