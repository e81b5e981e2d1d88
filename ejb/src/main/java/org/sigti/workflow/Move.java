package org.sigti.workflow;

import java.io.Serializable;
import java.util.Map;

/**
 * One action on a step: the step's inbox row and the version the screen showed (so a second person acting on the
 * same step is told), the way out chosen, a comment, the values the step records, and optionally the person the
 * next step goes to.
 */
public record Move(long itemId, long expectedVersion, String outcome, String comment, Map<String, String> fields,
        String nextAssignee) implements Serializable {

    public Move {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        comment = comment == null ? null : comment.strip();
    }

    public static Move of(long itemId, long version, String outcome, String comment) {
        return new Move(itemId, version, outcome, comment, Map.of(), null);
    }
}
