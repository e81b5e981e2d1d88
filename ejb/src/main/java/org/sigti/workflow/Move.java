package org.sigti.workflow;

import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One action on a step: the step's inbox row and the version the screen showed (so a second person acting on the
 * same step is told), the way out chosen, a comment, the values the step records, and optionally the person the
 * next step goes to.
 */
public record Move(long itemId, long expectedVersion, String outcome, String comment, Map<String, String> fields,
        String nextAssignee) implements Serializable {

    public Move {
        // a field left empty arrives as null (Faces submits empty strings as null): it is simply not given
        fields = fields == null ? Map.of() : fields.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        comment = comment == null ? null : comment.strip();
    }

    public static Move of(long itemId, long version, String outcome, String comment) {
        return new Move(itemId, version, outcome, comment, Map.of(), null);
    }
}
