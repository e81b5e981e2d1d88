package org.sigti.workflow;

import java.io.Serializable;

/**
 * What an inbox shows: whose work ({@link Scope}), an optional text (a case number or its beginning, matched on the
 * number; any other text matched inside number and title, accents ignored: see {@link Inbox}), procedure and priority
 * filters, and the order.
 */
public record InboxQuery(Scope scope, String text, String procedureCode, String priority, Sort sort,
        boolean descending) implements Serializable {

    /** Whose work. */
    public enum Scope {
        /** What waits for me: my role in my unit, unassigned or mine, and what is assigned to me. */
        MINE,
        /** Everything open in my unit (Responsable, Jefe). */
        UNIT,
        /** Everything open in the office (Jefe, Auditor). */
        OFFICE
    }

    /** The orders a screen may ask for. */
    public enum Sort {
        AGE("w.createdAt"), PRIORITY("w.priority"), NUMBER("w.caseNumber");

        final String path;

        Sort(String path) {
            this.path = path;
        }
    }

    public static InboxQuery mine() {
        return new InboxQuery(Scope.MINE, null, null, null, Sort.AGE, false);
    }
}
